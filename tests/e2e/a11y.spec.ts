import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openAllDetails, PANELS } from "./support/panels";

// axe walks the whole DOM; on a loaded 2-core machine that can take tens of seconds.
test.describe.configure({ timeout: 120_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("no serious or critical axe violations on the default view", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-panel][data-state="ready"]')).toHaveCount(PANELS.length);
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations with a notice, a filter and the version lists open", async ({ page }) => {
  await page.goto("/?year=2024&sector=bogus");
  await expect(page.locator('[data-panel][data-state="ready"]')).toHaveCount(PANELS.length);
  const badges = page.getByRole("button", { name: /versions/ });
  await expect(badges.first()).toBeVisible();
  for (const badge of await badges.all()) await badge.click();
  await page.getByRole("button", { name: /^Sectors:/ }).click();
  await expect(page.getByRole("menu", { name: /^Sectors:/ })).toBeVisible();
  await openAllDetails(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test("landmarks and headings give the page a clear outline", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([...PANELS, "Sources"]);
});
