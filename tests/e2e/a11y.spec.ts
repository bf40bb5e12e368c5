import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openAllDetails, PANELS } from "./support/panels";
import { gotoWaitsForHydration } from "./support/page-problems";

gotoWaitsForHydration();

// axe walks the whole DOM; on a loaded 2-core machine that can take tens of seconds.
test.describe.configure({ timeout: 120_000 });

/**
 * Serious and critical violations, with WCAG 2.2's target-size (2.5.8, 24 × 24 px) switched on:
 * axe leaves it off in some versions, so it is asked for by name.
 */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  expect(
    [...results.passes, ...results.violations, ...results.incomplete].some((r) => r.id === "target-size"),
    "axe ran the target-size rule",
  ).toBe(true);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("no serious or critical axe violations on the default view, touch targets included", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('[data-panel][data-state="ready"]')).toHaveCount(PANELS.length);
  expect(await seriousViolations(page)).toEqual([]);
});

test("no serious or critical axe violations on a phone, touch targets included", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
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
  await expect(page.locator('[data-panel][data-state="ready"]')).toHaveCount(PANELS.length);
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("contentinfo")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([...PANELS, "Sources"]);
  // Events are list items named by their title, not headings: the outline stays skimmable.
  const events = page.getByRole("region", { name: "Milestones" }).getByRole("listitem");
  await expect(events.first()).toBeVisible();
  expect(await events.count()).toBeGreaterThan(10);
  await expect(events.filter({ has: page.getByRole("heading") })).toHaveCount(0);
  await expect(page.getByRole("listitem", { name: "First meeting of the Strategic Working Group" })).toBeVisible();
  expect(await page.getByRole("heading").count()).toBeLessThanOrEqual(25);
});

test("a chart is announced by its takeaway, not by the tick labels of its drawing", async ({ page }) => {
  await page.goto("/?year=2024");
  await expect(page.locator('[data-panel][data-state="ready"]')).toHaveCount(PANELS.length);
  const charts = page.locator('[role="img"][data-chart]');
  await expect(charts.first()).toBeVisible();
  for (const chart of await charts.all()) {
    const label = (await chart.getAttribute("aria-label")) ?? "";
    expect(label, "a sentence or two, not a dump of every value").toMatch(/Table view/);
    expect(label.length).toBeLessThan(400);
    // The drawing is hidden from assistive technology, and nothing in it takes focus.
    await expect(chart.locator("> [aria-hidden='true'] svg").first()).toBeAttached();
    expect(
      await chart.locator("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])").count(),
    ).toBe(0);
  }
  const exportsChart = page.getByRole("region", { name: "Export composition" }).getByRole("img").first();
  await expect(exportsChart).toHaveAccessibleName(
    /^Aluminum plating is the largest of \d+ products shown for 2024, at \$31\.7M/,
  );
});
