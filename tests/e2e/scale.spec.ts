/**
 * A product-level dataset through the API: the reference server (dist-server/main.js) serves a
 * SYNTHETIC dataset (scripts/synthetic-dataset.mjs: 5,000 products a year, written to a temporary
 * directory) through DATA_DIR. The export panel draws the 10 largest products and one derived bar
 * for the rest; its table pages.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { writeSyntheticDataset } from "../../scripts/synthetic-dataset.mjs";
import { startApiServer, type ApiServer } from "./support/api-server";
import { failOnPageProblems } from "./support/page-problems";

test.describe.configure({ timeout: 120_000 });
failOnPageProblems();

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let dir = "";
let api: ApiServer | null = null;

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "az-us-synthetic-e2e-"));
  writeSyntheticDataset(path.join(root, "mock-data"), dir, { products: 5000, years: 3, firstYear: 2022 });
  api = await startApiServer({ DATA_DIR: dir });
});

test.afterAll(async () => {
  await api?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test("5,000 products a year: 10 bars and one derived bar, and a paged table", async ({ page }) => {
  if (!api) throw new Error("the API server did not start");
  await page.goto(`${api.url}/?year=2024`);
  const panel = page.getByRole("region", { name: "Export composition" });
  await expect(panel).toHaveAttribute("data-state", "ready");
  await expect(panel.locator("[data-chart] .recharts-bar-rectangle")).toHaveCount(11);
  await expect(panel).toContainText("Derived: the sum of the 4,990 products after the 10 largest.");
  await expect(panel.getByRole("button", { name: /^4,990 other products \(derived\), 2024/ })).toBeVisible();

  await panel
    .getByRole("group", { name: "Export composition: show as" })
    .getByRole("button", { name: "Table" })
    .click();
  const table = panel.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(51); // the header and 50 products
  const pager = panel.getByRole("group", { name: "Export composition: table pages" });
  await expect(pager).toContainText("Rows 1–50 of 5,001");
  await pager.getByRole("button", { name: "Next rows" }).focus();
  await page.keyboard.press("Enter");
  await expect(pager).toContainText("Rows 51–100 of 5,001");
  await expect(table.getByRole("row").nth(1)).toContainText("Synthetic product HS");
});
