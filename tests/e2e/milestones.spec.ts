import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels, openAllDetails } from "./support/panels";

// axe walks the whole panel; on a loaded 2-core machine that can take a while.
test.describe.configure({ timeout: 120_000 });

failOnPageProblems();

const milestones = (page: Page) => page.getByRole("region", { name: "Milestones" });
const events = (page: Page) =>
  milestones(page).getByRole("list", { name: "Events, newest first" }).locator(":scope > li");

test("lists dated events, newest first, with sources, and marks the default year's", async ({ page }) => {
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  const panel = milestones(page);
  // The list opens on the selected year in its context; the whole timeline is one tap away.
  await expect(panel.getByRole("listitem", { name: "First meeting of the Strategic Working Group" })).toBeVisible();
  await expect(events(page).filter({ hasText: "Contract of the Century" })).toHaveCount(0);
  await expect(events(page).filter({ hasText: "Strategic Partnership Charter signed" })).toHaveCount(0);
  const showAll = panel.getByRole("button", { name: /^Show all \d+ events \(\d+ later, \d+ earlier\)$/ });
  await expect(showAll).toHaveAttribute("aria-expanded", "false");
  const total = Number((await showAll.textContent())?.match(/\d+/)?.[0]);
  expect(total).toBeGreaterThan(30);
  await showAll.click();
  await expect(events(page)).toHaveCount(total);
  await expect(panel.getByRole("button", { name: "Show only the events around the selected year" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  await expect(events(page).first()).toContainText("2026");
  await expect(events(page).last()).toContainText("Section 907");
  await expect(panel.getByRole("listitem", { name: "Strategic Partnership Charter signed" })).toBeVisible();
  await expect(panel).toContainText(/\d+ events in 2025/);
  // Every event of the default year, and only those, carries aria-current and the text "Selected year".
  const current = panel.locator('li[aria-current="true"]');
  const summary = panel.getByText(/\d+ events in 2025/);
  // The summary's number and the marks are two reads of the page: retried until they agree.
  await expect(async () => {
    const stated = Number((await summary.textContent())?.match(/\d+/)?.[0]);
    expect(await current.count(), `events marked, for "${stated} events in 2025"`).toBe(stated);
  }).toPass({ timeout: 10_000 });
  for (const li of await current.all()) await expect(li).toContainText("Selected year");
  // A seed quote is one click away.
  const charter = events(page).filter({ hasText: "Strategic Partnership Charter signed" });
  await charter.getByText("Source text and notes").click();
  await expect(charter.getByText(/In February 2026, the signing of the Strategic Partnership Charter/)).toBeVisible();
});

test("selecting an event's year by keyboard updates the URL, every panel and the marks", async ({ page }) => {
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  const panel = milestones(page);
  await panel.getByRole("button", { name: /^Show all \d+ events/ }).click();
  const contract = events(page).filter({ hasText: "Contract of the Century" });
  const show1994 = contract.getByRole("button", { name: "Show 1994" });
  await show1994.focus();
  await page.keyboard.press("Enter");
  await expectAllPanels(page, { year: "1994" });
  await expect.poll(() => search(page)).toBe("?year=1994");
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("1994");
  await expect(show1994).toHaveAttribute("aria-pressed", "true");
  await expect(show1994).toBeFocused();
  await expect(contract).toHaveAttribute("aria-current", "true");
  await expect(contract).toContainText("Selected year");
  await expect(panel).toContainText("1 event in 1994");
  await expect(panel.locator('li[aria-current="true"]')).toHaveCount(1);

  // Space works too, and Back undoes the choice.
  const charter = events(page).filter({ hasText: "Strategic Partnership Charter signed" });
  await charter.getByRole("button", { name: "Show 2026" }).focus();
  await page.keyboard.press("Space");
  await expectAllPanels(page, { year: "2026" });
  await expect.poll(() => search(page)).toBe("?year=2026");
  await page.goBack();
  await expectAllPanels(page, { year: "1994" });
});

test("a sector filter keeps matching and whole-relationship events and collapses the others", async ({ page }) => {
  await page.goto("/?sector=finance");
  await expectAllPanels(page, { year: "2025", sectors: "finance" });
  const panel = milestones(page);
  await panel.getByRole("button", { name: /^Show all \d+ events/ }).click();
  await expect(panel.getByRole("listitem", { name: "Strategic Partnership Charter signed" })).toBeVisible();
  await expect(panel.getByRole("listitem", { name: "Chevron to sell its ACG and BTC stakes to MOL" })).toHaveCount(0);
  const toggle = panel.getByRole("button", { name: /Show \d+ events in other sectors/ });
  await toggle.focus();
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("button", { name: /Hide the \d+ events in other sectors/ })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  const chevron = events(page).filter({ hasText: "Chevron to sell" });
  await expect(chevron).toContainText("Other sectors");
});

test("the trade chart marks milestone years and names them in its text alternative", async ({ page }) => {
  await page.goto("/");
  const trade = page.getByRole("region", { name: "Trade turnover" });
  await expect(trade).toHaveAttribute("data-state", "ready");
  // Small marks above the plot, no full-height lines (recharts draws them some frames after the panel is ready).
  // Chevron's 2019 sale falls in years without trade figures: its mark sits on that break of the axis.
  const marks = trade.locator("[data-milestone-year]");
  await expect(marks).toHaveCount(5);
  await expect(trade.locator('[data-milestone-year="2019"] title')).toHaveText("2019 · 2 milestones (see Milestones)");
  await expect(trade.locator(".recharts-reference-line")).toHaveCount(0);
  const plot = await trade.locator(".recharts-cartesian-grid").boundingBox();
  for (const box of await marks.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
    expect(box.height).toBeLessThan(10);
    expect(box.bottom).toBeLessThanOrEqual((plot?.y ?? 0) + 1);
  }
  await expect(trade.getByText("Year with milestones")).toBeVisible();
  const chart = trade.locator('[role="img"][data-chart]');
  await expect(chart).toHaveAttribute(
    "aria-label",
    /Milestones marked on the chart: 2011, 2016, 2017, 2019, and 2025\./,
  );
});

test("no serious or critical axe violations in the panel, evidence open and sectors filtered", async ({ page }) => {
  await page.goto("/?year=2024&sector=energy");
  await expectAllPanels(page, { year: "2024", sectors: "energy" });
  const panel = milestones(page);
  await openAllDetails(panel);
  const results = await new AxeBuilder({ page }).include('section[data-panel="milestones"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious).toEqual([]);
});
