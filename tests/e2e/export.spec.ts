import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Download, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels } from "./support/panels";

// Image export and axe walk the whole DOM; a loaded 2-core machine needs time.
test.describe.configure({ timeout: 120_000 });

failOnPageProblems();

async function download(page: Page, panel: string, format: "CSV" | "PNG" | "SVG"): Promise<Download> {
  const region = page.getByRole("region", { name: panel });
  await region.getByLabel(`Download ${panel}`, { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    region.getByRole("menuitem", { name: `Download ${panel} as ${format}` }).click(),
  ]);
  return file;
}

async function bytes(file: Download): Promise<Buffer> {
  const path = await file.path();
  return readFile(path);
}

test("a panel switched to its table is restored from the URL on reload, and Back returns to the chart", async ({
  page,
}) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const view = trade.getByRole("group", { name: "Trade turnover: show as" });
  await expect(view.getByRole("button", { name: "Chart" })).toHaveAttribute("aria-pressed", "true");

  // Keyboard-operable: focus the Table button and press Space.
  await view.getByRole("button", { name: "Table" }).focus();
  await page.keyboard.press("Space");
  await expect(view.getByRole("button", { name: "Table" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => search(page)).toBe("?year=2024&table=trade");
  const table = trade.getByRole("table");
  await expect(table).toContainText("Azerbaijan–U.S. trade by full year");
  await expect(trade.getByRole("columnheader", { name: "Value (USD million)" })).toBeVisible();
  await expect(trade.locator("[data-chart]")).toHaveCount(0);

  await page.reload();
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("region", { name: "Trade turnover" }).getByRole("table")).toBeVisible();
  const row = (measure: string, period: string) =>
    trade
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: measure, exact: true }) })
      .filter({ has: page.getByRole("cell", { name: period, exact: true }) });
  await expect(row("Turnover", "2024")).toContainText("$1,752.96M");
  await expect(row("Imports from U.S.", "2017")).toContainText("about $720.5M");
  // The other panels still draw their charts.
  await expect(
    page.getByRole("region", { name: "Foreign direct investment" }).locator(".recharts-wrapper > svg").first(),
  ).toBeVisible();

  await page.goBack();
  await expect(trade.locator("[data-chart] svg.recharts-surface")).toBeVisible();
  await expect.poll(() => search(page)).toBe("?year=2024");
  await expect(view.getByRole("button", { name: "Chart" })).toHaveAttribute("aria-pressed", "true");
});

test("a bad table value is ignored with a notice; the rest of the link applies", async ({ page }) => {
  await page.goto("/?year=2024&table=pie~fdi");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("status").filter({ hasText: "table view “pie” is not a known panel" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Foreign direct investment" }).getByRole("table")).toHaveCount(1);
  await expect.poll(() => search(page)).toBe("?year=2024&table=fdi");
});

test("downloads the export composition CSV of exactly what the panel shows", async ({ page }) => {
  await page.goto("/?year=2024&sector=industry");
  await expectAllPanels(page, { year: "2024", sectors: "industry" });
  const file = await download(page, "Export composition", "CSV");
  expect(file.suggestedFilename()).toBe("az-us-export-composition-2024-industry.csv");
  const text = (await bytes(file)).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const lines = text.slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "Product,Sector,Period,Period start,Period end,Value (USD million),Unit,Qualifier,Basis,Derived (how),Reported by,Sources,Source links,Record IDs,Other versions (value [sources]),Data version,Data last updated",
  );
  // Every row ends with the data version and its date (the last two columns).
  const VERSION_COLUMNS = /,[0-9a-f]{8},\d{4}-\d{2}-\d{2}$/;
  for (const line of lines.slice(1, -1)) expect(line).toMatch(VERSION_COLUMNS);
  expect(lines[1]?.replace(VERSION_COLUMNS, "")).toBe(
    "Aluminum plating,Industry,2024,2024-01-01,2024-12-31,31.7,USD million,exact,OEC,,Observatory of Economic Complexity (OEC),Today.az (undated),today.az/news/analytics/265497.html,product-2024-aluminum-plating-oec-article001,",
  );
  // The products in the sector, the derived rest, and one total row holding every version of the total.
  expect(lines.filter((l) => l !== "")).toHaveLength(6);
  expect(lines[5]?.replace(VERSION_COLUMNS, "")).toMatch(
    /^Total exports to U\.S\.,,2024,.*,135\.03,.*74\.9 \[Today\.az \(undated\)\]$/,
  );
  await expect(
    page.getByRole("status").filter({ hasText: "Downloaded az-us-export-composition-2024-industry.csv" }),
  ).toBeVisible();
});

test("the Milestones panel as a table of events, from the URL, and its CSV", async ({ page }) => {
  await page.goto("/?year=2026&table=milestones");
  await expectAllPanels(page, { year: "2026" });
  const panel = page.getByRole("region", { name: "Milestones" });
  const table = panel.getByRole("table", { name: /Milestones in the sources/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Event", "Kind", "Sectors", "Period", "Sources"]);
  const charter = table.getByRole("row").filter({ hasText: "Strategic Partnership Charter signed" });
  await expect(charter).toHaveAttribute("aria-current", "true");
  await expect(charter).toContainText("Feb 10, 2026");
  await expect(panel.getByRole("list", { name: "Events, newest first" })).toBeHidden();

  const file = await download(page, "Milestones", "CSV");
  expect(file.suggestedFilename()).toBe("az-us-milestones-1992-2026.csv");
  const lines = (await bytes(file)).toString("utf8").slice(1).split("\r\n");
  expect(lines[0]).toBe(
    "Event,Kind,Sectors,Period,Period start,Period end,Sources,Source links,Record IDs,Data version,Data last updated",
  );
  expect(lines.find((l) => l.startsWith("Strategic Partnership Charter signed,"))).toContain(
    ',Agreement,Whole relationship,"Feb 10, 2026",2026-02-10,2026-02-10,',
  );

  await panel.getByRole("button", { name: "Chart" }).click();
  await expect.poll(() => search(page)).toBe("?year=2026");
  await expect(panel.getByRole("list", { name: "Events, newest first" })).toBeVisible();
});

test("downloads the trade chart as PNG and SVG with title, filters, units, source line and byline", async ({
  page,
}) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade.locator("[data-chart] svg.recharts-surface")).toBeVisible();

  const png = await download(page, "Trade turnover", "PNG");
  expect(png.suggestedFilename()).toBe("az-us-trade-turnover-2010-2025.png");
  const data = await bytes(png);
  expect(data.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(data.subarray(12, 16).toString("ascii")).toBe("IHDR");
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  expect(width).toBeGreaterThan(800); // 2× a chart several hundred pixels wide
  expect(height).toBeGreaterThan(600);
  expect(data.length).toBeGreaterThan(20_000);

  const svgFile = await download(page, "Trade turnover", "SVG");
  expect(svgFile.suggestedFilename()).toBe("az-us-trade-turnover-2010-2025.svg");
  const svg = (await bytes(svgFile)).toString("utf8");
  const parsed = await page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, "image/svg+xml");
    const root = doc.documentElement;
    return {
      error: doc.getElementsByTagName("parsererror").length,
      name: root.nodeName,
      width: Number(root.getAttribute("width")),
      text: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "").join("\n"),
    };
  }, svg);
  expect(parsed.error).toBe(0);
  expect(parsed.name).toBe("svg");
  expect(parsed.width).toBeGreaterThan(400);
  expect(parsed.text).toContain("Azerbaijan–U.S. trade turnover, USD million");
  expect(parsed.text).toContain("year 2024");
  expect(parsed.text).toContain("Values in USD million");
  expect(parsed.text).toContain("Sources: ");
  expect(parsed.text.replace(/\n/g, "")).toContain(page.url());
  expect(parsed.text).toContain("Imports from U.S."); // the legend travels with the image
});

test("image downloads are disabled, with the reason, while a panel shows its table", async ({ page }) => {
  await page.goto("/?table=companies");
  await expectAllPanels(page);
  const companies = page.getByRole("region", { name: "Companies present" });
  await companies.getByLabel("Download Companies present", { exact: true }).click();
  const png = companies.getByRole("menuitem", { name: "Download Companies present as PNG" });
  await expect(png).toHaveAttribute("aria-disabled", "true");
  await expect(png).toHaveAccessibleDescription(/switch to Chart to download an image/);
  await expect(companies.getByRole("menuitem", { name: "Download Companies present as CSV" })).not.toHaveAttribute(
    "aria-disabled",
  );
});

test("Cite this view copies title, filters, link, access date and sources", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?year=2024&sector=energy~finance");
  await expectAllPanels(page, { year: "2024" });
  await page.getByRole("button", { name: "Cite this view" }).click();
  await expect(page.getByText("Citation copied to clipboard")).toBeVisible();
  const copied = () => page.evaluate(() => navigator.clipboard.readText());
  const version = await page.locator("[data-data-version]").getAttribute("data-data-version");
  await expect
    .poll(async () => (await copied()).split("\n").slice(0, 5))
    .toEqual([
      "Azerbaijan–U.S. economic relations, interactive dashboard; view: year 2024, sectors: energy, finance.",
      `${page.url()}&data=${version}`,
      expect.stringMatching(new RegExp(`^Data version ${version} · last updated [A-Z][a-z]{2} \\d{1,2}, \\d{4}\\.$`)),
      expect.stringMatching(/^Accessed [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/),
      "Sources:",
    ]);
  await expect
    .poll(copied)
    .toContain("- Today.az, “US-Azerbaijani trade relations enter a new, more structured phase (analysis)”");
  await expect.poll(copied).toContain("(analysis)”, undated, today.az/news/analytics/265497.html");
  await expect.poll(copied).not.toMatch(/seed|\.txt|mock-data/i);
  await expect.poll(copied).toMatch(/https:\/\//);
});

test("no serious or critical axe violations with table views and the download menu open", async ({ page }) => {
  await page.goto("/?year=2024&table=trade~exports~fdi~companies");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("table")).not.toHaveCount(0);
  await page
    .getByRole("region", { name: "Trade turnover" })
    .getByLabel("Download Trade turnover", { exact: true })
    .click();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
});
