import { expect, test, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels, PANELS } from "./support/panels";

failOnPageProblems();

test("draws all four panels with charts for the default year", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Azerbaijan–U.S. economic relations");
  await expectAllPanels(page, { year: "2025" });
  await expect(page.locator("section[data-panel]")).toHaveCount(PANELS.length);
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2025");
  for (const name of ["Trade turnover", "Foreign direct investment", "Companies present"]) {
    await expect(
      page.getByRole("region", { name }).locator(".recharts-wrapper > svg.recharts-surface").first(),
    ).toBeVisible();
  }
  await expect(page.getByRole("region", { name: "Headline figures for 2025" })).toContainText("$1.557B");
  await expect.poll(() => search(page)).toBe("");
});

test("a year chosen in the header updates every panel and the URL", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
  await expectAllPanels(page, { year: "2024" });
  await expect.poll(() => search(page)).toBe("?year=2024");
  const exports = page.getByRole("region", { name: "Export composition" });
  await expect(exports.getByRole("listitem").filter({ hasText: "Aluminum plating" })).toBeVisible();
  await expect(exports.locator(".recharts-wrapper > svg.recharts-surface")).toBeVisible();
  await expect(page.getByRole("region", { name: "Headline figures for 2024" })).toContainText("$1,752.96M");
  // The selected year's band is outlined: one outline, and pointing at its centre shows 2024.
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const band = trade.locator("rect[data-selected-year]");
  await expect(band).toHaveCount(1);
  await expect(band).toHaveAttribute("data-selected-year", "2024");
  const tooltip = trade.locator(".recharts-tooltip-wrapper");
  await expect(async () => {
    const box = await band.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(0);
    if (!box) return;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(tooltip).toHaveText(/^2024(?!\d)/, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  // A year change moves it, and never leaves two.
  await page.getByRole("combobox", { name: "Year" }).selectOption("2023");
  await expect(band).toHaveAttribute("data-selected-year", "2023");
  await expect(band).toHaveCount(1);
});

test("clicking a year in the trade chart selects it", async ({ page }) => {
  await page.goto("/");
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade).toHaveAttribute("data-state", "ready");
  const tick = trade.locator(".recharts-xAxis-tick-labels text", { hasText: /^2023$/ });
  const grid = trade.locator(".recharts-cartesian-grid");
  // recharts draws the axis and the grid some frames after the panel is ready.
  await expect(tick).toBeVisible();
  await expect(grid).toBeVisible();
  // A person points at the year before clicking; recharts tracks the pointer per animation frame.
  // Until the chart has settled its layout the year may move under the pointer, so pointing is
  // retried until the tooltip names 2023.
  await expect(async () => {
    const tickBox = await tick.boundingBox();
    const plotBox = await grid.boundingBox();
    if (!tickBox || !plotBox) throw new Error("trade chart not laid out");
    await page.mouse.move(tickBox.x + tickBox.width / 2, plotBox.y + plotBox.height / 2);
    await expect(trade.locator(".recharts-tooltip-wrapper")).toContainText("2023", { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  // The tooltip lists the four series in order, each value with its source (balance: derived).
  await expect(trade.locator(".recharts-tooltip-wrapper")).toHaveText(
    /^2023Imports from U\.S\.: \$888\.1MSource: .+Exports to U\.S\.: \$16MSource: .+Turnover: \$904\.1MSource: .+Balance \(derived\): -\$872\.1Mderived from the bars$/,
  );
  await page.mouse.down();
  await page.mouse.up();
  await expectAllPanels(page, { year: "2023" });
  await expect.poll(() => search(page)).toBe("?year=2023");
  const exports = page.getByRole("region", { name: "Export composition" });
  await expect(exports).toContainText("No product breakdown for 2023");
  // The way out of the empty state works from the keyboard and leaves focus in the panel.
  await exports.getByRole("button", { name: "Show 2024" }).focus();
  await page.keyboard.press("Enter");
  await expectAllPanels(page, { year: "2024" });
  await expect(exports.getByRole("heading", { name: "Export composition" })).toBeFocused();
});

/** Points at a year's band of the trade chart (retried: recharts lays the chart out over a few frames). */
async function pointAtTradeYear(page: Page, label: string, year: string) {
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const tick = trade.locator(".recharts-xAxis-tick-labels text", { hasText: new RegExp(`^${label}$`) });
  const grid = trade.locator(".recharts-cartesian-grid");
  await expect(async () => {
    const tickBox = await tick.boundingBox();
    const plotBox = await grid.boundingBox();
    if (!tickBox || !plotBox) throw new Error("trade chart not laid out");
    await page.mouse.move(tickBox.x + tickBox.width / 2, plotBox.y + plotBox.height / 2);
    await expect(trade.locator(".recharts-tooltip-wrapper")).toHaveText(new RegExp(`^${year}(?!\\d)`), {
      timeout: 2_000,
    });
  }).toPass({ timeout: 20_000 });
  return trade.locator(".recharts-tooltip-wrapper");
}

test("the trade chart gives room only to years with figures, breaks the axis where years are missing", async ({
  page,
}) => {
  await page.goto("/?year=2024");
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade).toHaveAttribute("data-state", "ready");
  // Every year with figures is labelled, the selected 2024 included; no year without figures takes room.
  await expect(trade.locator(".recharts-xAxis-tick-labels text")).toHaveText([
    "2010",
    "2011",
    "2017",
    "2018",
    "2021",
    "2022",
    "2023",
    "2024",
    "2025",
  ]);
  await expect(trade.locator("[data-axis-break]")).toHaveCount(2);
  await expect(trade.locator("[data-axis-break] title")).toHaveText([
    "No full-year figures for 2012–2016",
    "No full-year figures for 2019–2020",
  ]);
  // The axis speaks the subtitle's unit: USD million, not $B.
  await expect(trade.getByText("USD million", { exact: true })).toBeVisible();
  await expect(trade.locator(".recharts-yAxis-tick-labels text")).toContainText(["0", "1,000"]);
  // 2010 mixes a national turnover with U.S.-side imports: the tooltip says they are not comparable.
  const tooltip = await pointAtTradeYear(page, "2010", "2010");
  await expect(tooltip).toContainText("U.S. official figures");
  await expect(tooltip).toContainText("Figures on different bases: not comparable");
  const chart = trade.locator('[role="img"][data-chart]');
  await expect(chart).toHaveAttribute("aria-label", /^Turnover peaked at \$2\.3B in 2010 .* Table view\./);
  await expect(chart).toHaveAttribute("aria-label", /no full-year figures for 2012–2016 and 2019–2020/);
});

test("at 360 px the trade chart's year labels never overlap and its tooltip fits the chart", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade).toHaveAttribute("data-state", "ready");
  const ticks = trade.locator(".recharts-xAxis-tick-labels text");
  await expect(ticks).toHaveText(["’10", "’11", "’17", "’18", "’21", "’22", "’23", "’24", "’25"]);
  await expect(async () => {
    const boxes = await ticks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (let i = 1; i < boxes.length; i += 1) {
      const previous = boxes[i - 1];
      const current = boxes[i];
      if (!previous || !current) throw new Error("tick missing");
      expect(current.left).toBeGreaterThan(previous.right);
    }
  }).toPass({ timeout: 10_000 });
  await trade.locator('[role="img"][data-chart]').scrollIntoViewIfNeeded();
  const tooltip = await pointAtTradeYear(page, "’10", "2010");
  const surface = trade.locator(".recharts-wrapper").first();
  await expect(async () => {
    const tip = await tooltip.boundingBox();
    const box = await surface.boundingBox();
    if (!tip || !box) throw new Error("tooltip not drawn");
    expect(tip.x).toBeGreaterThanOrEqual(box.x - 1);
    expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width + 1);
  }).toPass({ timeout: 10_000 });
});

test("clicking a sector in the companies chart filters the panels that follow sectors", async ({ page }) => {
  await page.goto("/?year=2024");
  const companies = page.getByRole("region", { name: "Companies present" });
  await expect(companies).toHaveAttribute("data-state", "ready");
  await companies.locator(".recharts-bar-rectangle").first().click(); // first bar = Energy
  await expectAllPanels(page, { year: "2024", sectors: "energy" });
  await expect.poll(() => search(page)).toBe("?year=2024&sector=energy");
  await expect(companies.getByText("ExxonMobil")).toBeVisible();
  await expect(companies.getByText("Visa", { exact: true })).toHaveCount(0);
  // The export panel shows only energy products (none valued in 2024) and says so.
  await expect(page.getByRole("region", { name: "Export composition" })).toContainText("No valued product for 2024");
  // Clicking a chip (keyboard-operable twin of the bars) switches to another sector.
  await companies.getByRole("button", { name: /^Finance \(/ }).click();
  await expectAllPanels(page, { sectors: "finance" });
  await expect.poll(() => search(page)).toBe("?year=2024&sector=finance");
});

test("the sector menu combines sectors in one readable parameter", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Sectors: All sectors" }).click();
  const menu = page.getByRole("menu", { name: /^Sectors:/ });
  await menu.getByRole("menuitemcheckbox", { name: "Finance" }).click();
  // Toggling keeps the menu open, so a second sector is one more click.
  await menu.getByRole("menuitemcheckbox", { name: "Energy" }).click();
  await expect(menu.getByRole("menuitemcheckbox", { name: "Energy" })).toHaveAttribute("aria-checked", "true");
  await expectAllPanels(page, { sectors: "energy~finance" });
  await expect(page).toHaveURL(/\?sector=energy~finance$/);
});

test("the sector and download menus follow the menu keyboard model and close on Escape or a click outside", async ({
  page,
}) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const sectors = page.getByRole("button", { name: "Sectors: All sectors" });
  await expect(sectors).toHaveAttribute("aria-expanded", "false");
  await sectors.focus();
  await page.keyboard.press("ArrowDown");
  await expect(sectors).toHaveAttribute("aria-expanded", "true");
  const menu = page.getByRole("menu", { name: /^Sectors:/ });
  await expect(menu.getByRole("menuitemcheckbox", { name: "All sectors" })).toBeFocused();
  await page.keyboard.press("End");
  await expect(menu.getByRole("menuitemcheckbox", { name: "Other" })).toBeFocused();
  await page.keyboard.press("Home");
  await expect(menu.getByRole("menuitemcheckbox", { name: "All sectors" })).toBeFocused();
  await page.keyboard.press("h"); // type-ahead
  await expect(menu.getByRole("menuitemcheckbox", { name: "Healthcare" })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/sector=healthcare/);
  await expect(menu.getByRole("menuitemcheckbox", { name: "Healthcare" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  const filtered = page.getByRole("button", { name: "Sectors: Healthcare" });
  await expect(filtered).toBeFocused();
  await expect(filtered).toHaveAttribute("aria-expanded", "false");
  // A click outside closes it too.
  await filtered.click();
  await expect(menu).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click();
  await expect(menu).toBeHidden();

  const trade = page.getByRole("region", { name: "Trade turnover" });
  const download = trade.getByRole("button", { name: "Download Trade turnover" });
  await download.focus();
  await page.keyboard.press("Enter");
  const downloads = trade.getByRole("menu", { name: "Download Trade turnover" });
  await expect(downloads.getByRole("menuitem", { name: "Download Trade turnover as CSV" })).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(downloads.getByRole("menuitem", { name: "Download Trade turnover as PNG" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(downloads).toBeHidden();
  await expect(download).toBeFocused();
  await download.click();
  await expect(downloads).toBeVisible();
  await page.mouse.click(5, 5);
  await expect(downloads).toBeHidden();
});

test("a deep link opens the same view and survives a reload", async ({ page }) => {
  await page.goto("/?year=2023&sector=defense");
  await expectAllPanels(page, { year: "2023", sectors: "defense" });
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2023");
  await page.reload();
  await expectAllPanels(page, { year: "2023", sectors: "defense" });
  await expect.poll(() => search(page)).toBe("?year=2023&sector=defense");
});

test("a link in non-canonical form is rewritten to the canonical one", async ({ page }) => {
  await page.goto("/?sector=finance,energy&year=2025");
  await expectAllPanels(page, { year: "2025", sectors: "energy~finance" });
  await expect.poll(() => search(page)).toBe("?sector=energy~finance");
});

test("Back and Forward walk through the filter history", async ({ page }) => {
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
  await expectAllPanels(page, { year: "2024" });
  await page.getByRole("combobox", { name: "Year" }).selectOption("2022");
  await expectAllPanels(page, { year: "2022" });
  await page.goBack();
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
  await page.goBack();
  await expectAllPanels(page, { year: "2025" });
  await expect.poll(() => search(page)).toBe("");
  await page.goForward();
  await expectAllPanels(page, { year: "2024" });
  await expect.poll(() => search(page)).toBe("?year=2024");
});

test("bad parameters fall back part by part with a notice", async ({ page }) => {
  await page.goto(`/?year=abc&sector=energy~bogus&foo=1`);
  await expectAllPanels(page, { year: "2025", sectors: "energy" });
  const notice = page.getByRole("status").filter({ hasText: "Some parts of the link were ignored" });
  await expect(notice).toContainText("year “abc” is not a year");
  await expect(notice).toContainText("sector “bogus” is not a known sector");
  await expect(notice).toContainText("unknown parameter “foo”");
  await expect.poll(() => search(page)).toBe("?sector=energy");

  await page.goto(`/?year=1850&year=2024&sector=${"x".repeat(5000)}`);
  await expectAllPanels(page, { year: "2025", sectors: "" });
  await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText(
    "“year” was given more than once",
  );
  await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText("“sector” was too long");
  await expect.poll(() => search(page)).toBe("");

  await page.goto("/?year=1850");
  await expect(page.getByRole("status").filter({ hasText: "ignored" })).toContainText(
    "year 1850 is outside the supported range",
  );
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByText("Some parts of the link were ignored")).toHaveCount(0);
});

test("Copy link puts the current view's URL on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?year=2024&sector=finance");
  await expectAllPanels(page, { year: "2024" });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied to clipboard")).toBeVisible();
  await expect.poll(() => search(page)).toBe("?year=2024&sector=finance");
  // The link pins the data version too (the footer names it); the address bar does not.
  const version = await page.locator("[data-data-version]").getAttribute("data-data-version");
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${page.url()}&data=${version}`);
});

test("conflicting figures are marked and list every version with its source", async ({ page }) => {
  await page.goto("/");
  const headline = page.getByRole("region", { name: "Headline figures for 2025" });
  const badge = headline.getByRole("button", { name: /4 versions/ });
  await badge.focus();
  await page.keyboard.press("Enter");
  await expect(badge).toHaveAttribute("aria-expanded", "true");
  const versions = page.getByRole("dialog", { name: "Turnover, 2025: $1.557B" }).getByRole("table");
  for (const v of ["$1.557B", "$1.55B", "about $1.36B", "about $1.6B"])
    await expect(versions.getByRole("rowheader", { name: new RegExp(`^${v.replace("$", "\\$")}`) })).toBeVisible();
  await expect(versions.getByText("primary", { exact: true })).toBeVisible();
});

test("filters and chart selections work from the keyboard", async ({ page }) => {
  await page.goto("/");
  await expectAllPanels(page);
  await page.getByRole("combobox", { name: "Year" }).focus();
  await page.keyboard.press("ArrowDown"); // next option down the list = the year before
  await expectAllPanels(page, { year: "2024" });
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const chip = trade.getByRole("group", { name: "Select a year" }).getByRole("button", { name: "2022" });
  await chip.focus();
  await page.keyboard.press("Enter");
  await expectAllPanels(page, { year: "2022" });
  await expect(chip).toHaveAttribute("aria-pressed", "true");
});

test("phone width: no horizontal scrolling and every panel readable", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  // Measured once the charts have drawn: recharts sizes them after the panels are ready.
  for (const name of ["Trade turnover", "Foreign direct investment", "Companies present"]) {
    await expect(
      page.getByRole("region", { name }).locator(".recharts-wrapper > svg.recharts-surface").first(),
    ).toBeVisible();
  }
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: "the page is wider than the viewport (scrollWidth − innerWidth, px)",
    })
    .toBeLessThanOrEqual(0);
  for (const name of PANELS) {
    const box = () => page.getByRole("region", { name }).boundingBox();
    await expect.poll(async () => (await box())?.width ?? 0, { message: `${name}: width` }).toBeGreaterThan(300);
    await expect
      .poll(
        async () => {
          const b = await box();
          return (b?.x ?? -1) + (b?.width ?? 0);
        },
        { message: `${name}: right edge` },
      )
      .toBeLessThanOrEqual(360);
  }
  await page.screenshot({ path: test.info().outputPath("phone.png"), fullPage: true });
});
