/**
 * Dark mode: the page follows the system's colour scheme, the header's Theme menu (System,
 * Light, Dark) pins one on this device and never in a link, the first paint is already in the
 * right theme, axe (its colour-contrast rule included) is clean in both themes with a popover
 * and a table open, and downloads stay in the light theme.
 */
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels } from "./support/panels";

failOnPageProblems();

// axe walks the whole DOM; on a loaded 2-core machine that can take tens of seconds.
test.describe.configure({ timeout: 240_000 });

const DARK_BACKGROUND = "rgb(2, 6, 23)";
const LIGHT_BACKGROUND = "rgb(248, 250, 252)";

/** The page's own background (the app's outermost box, as the reader sees it). */
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.querySelector("#root > div") ?? document.body).backgroundColor);

/** Serious and critical violations (as in a11y.spec.ts: target-size asked for by name), colour contrast included. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  expect(
    [...results.passes, ...results.violations].some((r) => r.id === "color-contrast"),
    "axe ran the colour-contrast rule",
  ).toBe(true);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const themeButton = (page: Page) => page.getByRole("button", { name: /^Theme:/ });

async function chooseTheme(page: Page, name: "System" | "Light" | "Dark") {
  await themeButton(page).click();
  const menu = page.getByRole("menu", { name: /^Theme:/ });
  await menu.getByRole("menuitemradio", { name }).click();
  await expect(menu).toBeHidden();
  await expect(themeButton(page)).toHaveAccessibleName(`Theme: ${name}`);
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe is clean in the ${scheme} theme with a popover, a menu and a table open`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/?year=2024&table=companies");
    await expectAllPanels(page, { year: "2024" });
    expect(await pageBackground(page)).toBe(scheme === "dark" ? DARK_BACKGROUND : LIGHT_BACKGROUND);
    await expect(page.getByRole("region", { name: "Companies present" }).getByRole("table").first()).toBeVisible();
    // A provenance popover with its versions table.
    await page
      .getByRole("region", { name: "Headline figures for 2024" })
      .getByRole("button", { name: /^Imports from U\.S\., 2024: \$1,617\.93M/ })
      .click();
    await expect(page.getByRole("dialog", { name: "Imports from U.S., 2024: $1,617.93M" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // The theme menu itself.
    await themeButton(page).click();
    await expect(page.getByRole("menu", { name: /^Theme:/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test("follows the system until the menu pins a theme; the choice survives reload and stays out of links", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  await expect(themeButton(page)).toHaveAccessibleName("Theme: System");
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);

  // Keyboard: the menu button pattern, radio items with their checked state.
  await themeButton(page).focus();
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: "Theme: System" });
  await expect(menu.getByRole("menuitemradio", { name: "System" })).toBeFocused();
  await expect(menu.getByRole("menuitemradio", { name: "System" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitemradio", { name: "Light" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu).toBeHidden();
  await expect(themeButton(page)).toBeFocused();
  await expect(themeButton(page)).toHaveAccessibleName("Theme: Light");
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BACKGROUND);

  await page.reload();
  await expectAllPanels(page, { year: "2024" });
  await expect(themeButton(page)).toHaveAccessibleName("Theme: Light");
  expect(await pageBackground(page)).toBe(LIGHT_BACKGROUND);

  await page.emulateMedia({ colorScheme: "light" });
  await chooseTheme(page, "Dark");
  await expect.poll(() => pageBackground(page)).toBe(DARK_BACKGROUND);
  expect(search(page)).toBe("?year=2024");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied to clipboard")).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // The link pins the data version (data=) and nothing else beyond the address.
  expect(link).toMatch(/&data=[0-9a-f]{8}$/);
  expect(link.replace(/&data=[0-9a-f]{8}$/, "")).toBe(page.url());
  expect(link).not.toMatch(/theme|dark|light/i);

  await chooseTheme(page, "System");
  await expect.poll(() => pageBackground(page)).toBe(LIGHT_BACKGROUND);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test("the first paint is already dark: before any of the app's code, prerendered charts included", async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __atParse: Record<string, string | null> };
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      w.__atParse = {
        theme: document.documentElement.getAttribute("data-theme"),
        background: getComputedStyle(document.querySelector("#root > div") ?? document.body).backgroundColor,
        island: document.querySelector("[data-chart-island] svg") ? "yes" : "no",
        grid: (() => {
          const line = document.querySelector("[data-chart-island] .recharts-cartesian-grid line");
          return line ? getComputedStyle(line).stroke : null;
        })(),
      };
    });
  });
  const atParse = () =>
    page.evaluate(() => (window as unknown as { __atParse?: Record<string, string | null> }).__atParse ?? null);

  // The system is dark: the stylesheet follows it with no script at all.
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  await expect.poll(atParse).not.toBeNull();
  const dark = await atParse();
  expect(dark?.island).toBe("yes");
  expect(dark?.background).toBe(DARK_BACKGROUND);
  expect(dark?.grid).toBe("rgb(51, 65, 85)"); // the dark grid token, in the prerendered drawing

  // A pinned dark theme on a light system: the theme script in <head> sets it before the body is parsed.
  await page.emulateMedia({ colorScheme: "light" });
  await page.evaluate(() => localStorage.setItem("az-us-theme", "dark"));
  await page.reload();
  await expect.poll(atParse).not.toBeNull();
  const pinned = await atParse();
  expect(pinned?.theme).toBe("dark");
  expect(pinned?.background).toBe(DARK_BACKGROUND);
  await expect(themeButton(page)).toHaveAccessibleName("Theme: Dark");
});

test("an SVG downloaded from the dark page is in the light theme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade.locator("[data-chart] svg.recharts-surface")).toBeVisible();
  await trade.getByLabel("Download Trade turnover", { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    trade.getByRole("menuitem", { name: "Download Trade turnover as SVG" }).click(),
  ]);
  const svg = (await readFile(await file.path())).toString("utf8");
  expect(svg).not.toContain("var(");
  // Imports in their light blue (#0072B2), the grid light, no dark-theme colour anywhere.
  expect(svg).toContain("rgb(0, 114, 178)");
  expect(svg).toContain("rgb(226, 232, 240)");
  for (const dark of ["rgb(86, 180, 233)", "rgb(51, 65, 85)", "rgb(163, 177, 196)"])
    expect(svg, dark).not.toContain(dark);
  expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  // The page is still dark afterwards.
  expect(await pageBackground(page)).toBe(DARK_BACKGROUND);
});
