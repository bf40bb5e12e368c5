// The reading layout: the lead answers with the primary records, the phone page stays short,
// the filters stay in reach while scrolling, and each panel opens with its answer.
import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAllPanels } from "./support/panels";
import { gotoWaitsForHydration } from "./support/page-problems";

gotoWaitsForHydration();

const escape = (text: string) => text.replace(/[$.()?+*[\]\\]/g, "\\$&");
const tradeFile = JSON.parse(readFileSync("mock-data/trade.json", "utf8")) as {
  records: { id: string; value: number }[];
};
const record = (id: string) => {
  const r = tradeFile.records.find((x) => x.id === id);
  if (!r) throw new Error(`no record ${id}`);
  return r;
};

test("the lead states the primary records of 2024 and 2025, each a provenance button", async ({ page }) => {
  for (const [year, turnover, imports, exports] of [
    ["2024", "$1,752.96M", "$1,617.93M", "$135.03M"],
    ["2025", "$1.557B", "$1.49B", "$61.8M"],
  ] as const) {
    await page.goto(`/?year=${year}`);
    await expectAllPanels(page, { year });
    const lead = page.getByRole("region", { name: `In brief, ${year}` });
    await expect(lead).toContainText(`In ${year}, goods trade between Azerbaijan and the U.S. came to ${turnover}`);
    await expect(
      lead.getByRole("button", { name: new RegExp(`^Turnover, ${year}: ${escape(turnover)}`) }),
    ).toBeVisible();
    await expect(
      lead.getByRole("button", { name: new RegExp(`^Imports from U\\.S\\., ${year}: ${escape(imports)}`) }),
    ).toBeVisible();
    await expect(
      lead.getByRole("button", { name: new RegExp(`^Exports to U\\.S\\., ${year}: ${escape(exports)}`) }),
    ).toBeVisible();
    await expect(lead).toContainText(/The latest direct investment flows? reported/);
  }
  // The 2024 figures are the dataset's primary records, and the derived share is computed from them.
  const imp = record("trade-2024-imports-article001").value;
  const exp = record("trade-2024-exports-article001").value;
  await page.goto("/?year=2024");
  const share = `${((imp / (imp + exp)) * 100).toFixed(1)}%`;
  const lead = page.getByRole("region", { name: "In brief, 2024" });
  await lead
    .getByRole("button", {
      name: new RegExp(`^Imports’ share of imports plus exports, 2024: ${share.replace(".", "\\.")}, derived`),
    })
    .click();
  await expect(page.getByRole("dialog")).toContainText(`= ${share}`);
});

test("a year without trade figures opens on what the sources give for it", async ({ page }) => {
  await page.goto("/?year=2026");
  await expectAllPanels(page, { year: "2026" });
  await expect(page.getByRole("region", { name: "In brief, 2026" })).toContainText(
    "The sources give no full-year trade figures for 2026.",
  );
  await expect(page.getByRole("region", { name: "Headline figures for 2026" })).toHaveCount(0);
});

test("on a phone the page is short and the filters stay in reach while scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(7500);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole("region", { name: "Milestones" }).scrollIntoViewIfNeeded();
  const year = page.getByRole("combobox", { name: "Year" });
  await expect(year).toBeInViewport();
  await year.selectOption("2024");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("button", { name: /^Sectors:/ })).toBeInViewport();
  await expect(page.getByRole("button", { name: "Copy link" })).toBeInViewport();
});

test("each panel opens with its answer; companies are grouped by how recent their evidence is", async ({ page }) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  await expect(page.getByRole("region", { name: "Export composition" })).toContainText(
    /The largest products in 2024: Aluminum plating \$31\.7M/,
  );
  const fdi = page.getByRole("region", { name: "Foreign direct investment" });
  await expect(fdi).toContainText("Latest flows reported up to 2024:");
  await expect(fdi).toContainText(/Cumulative U\.S\. investment in Azerbaijan, as stated on /);
  const companies = page.getByRole("region", { name: "Companies present" });
  await expect(companies).toContainText(/The sources name \d+ U\.S\. companies in \d+ sectors/);
  await expect(companies).toContainText("Named in 2025–2026 sources");
  // Amoco (1994) and Chevron (2019 sale) are only in the older group, folded away.
  await expect(companies.getByText("Amoco", { exact: true })).toBeHidden();
  await companies.getByText(/^Named only in earlier or undated sources/).click();
  await expect(companies.getByText("Amoco", { exact: true })).toBeVisible();
  await expect(companies.getByText("Chevron", { exact: true })).toBeVisible();
});
