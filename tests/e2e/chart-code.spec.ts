/**
 * Chart code that does not arrive (a phone losing its connection after the first view): each
 * chart says so and offers Retry, the rest of the page keeps working, and Retry draws them all
 * once the connection is back (src/components/lazy-chart.ts).
 */
import { expect, test } from "@playwright/test";
import { gotoWaitsForHydration } from "./support/page-problems";
import { expectAllPanels } from "./support/panels";

gotoWaitsForHydration();

test("charts whose code failed to load say so, and Retry draws them when the connection is back", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("/");
  // From now on no script arrives: the charts' code (fetched on the first live chart) fails.
  let offline = true;
  await page.route(/\/assets\/.+\.js$/, (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
  await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade.getByText(/This chart could not be loaded/)).toBeVisible();
  // The panels still answer: figures, lead and tables do not need the charts' code.
  await expectAllPanels(page, { year: "2024" });
  await expect(page.locator("[data-chart-island]")).toHaveCount(0);
  const retries = page.getByRole("button", { name: "Retry" });
  await expect(retries.first()).toBeVisible();
  offline = false;
  await retries.first().click();
  // One Retry brings every chart back, each drawn live.
  await expect(page.getByText(/This chart could not be loaded/)).toHaveCount(0);
  const slots = page.locator("[data-chart]");
  await expect.poll(() => slots.count()).toBeGreaterThan(3);
  for (const slot of await slots.all()) await expect(slot.locator("svg.recharts-surface")).toHaveCount(1);
  expect(errors).toEqual([]);
});
