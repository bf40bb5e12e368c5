import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { expectAllPanels } from "./support/panels";
import { gotoWaitsForHydration } from "./support/page-problems";

gotoWaitsForHydration();

test.describe.configure({ timeout: 120_000 });

const sourcesFile = JSON.parse(readFileSync("mock-data/sources.json", "utf8")) as {
  sources: { id: string; kind: string; publisher: string }[];
};

function headline(page: Page, year: number) {
  return page.getByRole("region", { name: `Headline figures for ${year}` });
}

test("a figure's sources open from the keyboard, and Escape returns focus", async ({ page }) => {
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const imports = headline(page, 2024).getByRole("button", { name: /^Imports from U\.S\., 2024: \$1,617\.93M/ });
  // Tab to it: from the button before it in the strip.
  await headline(page, 2024)
    .getByRole("button", { name: /^Turnover, 2024/ })
    .focus();
  await page.keyboard.press("Tab");
  await expect(imports).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Imports from U.S., 2024: $1,617.93M" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("table")).toContainText("$1,617.93M");
  await dialog.getByText("Primary version in full ($1,617.93M)").click();
  await expect(dialog).toContainText(
    "Today.az, undated: US-Azerbaijani trade relations enter a new, more structured phase",
  );
  await expect(dialog).toContainText("Undated: No date on the page.");
  await expect(dialog.getByRole("link", { name: "In the Sources list" }).first()).toHaveAttribute(
    "href",
    "#source-article-001",
  );
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(imports).toBeFocused();
});

test("a web source links to its page; a click outside closes the popover", async ({ page }) => {
  await page.goto("/?year=2017");
  await expectAllPanels(page, { year: "2017" });
  const imports = headline(page, 2017).getByRole("button", {
    name: /^Imports from U\.S\., 2017: about \$720\.5M — sources$/,
  });
  await imports.click();
  const dialog = page.getByRole("dialog", { name: "Imports from U.S., 2017: about $720.5M" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("AzerNews");
  await expect(dialog.getByRole("link").first()).toHaveAttribute("href", /^https:\/\/www\.azernews\.az\//);
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
});

test("2025 turnover: every version side by side, the spread and the rule", async ({ page }) => {
  await page.goto("/");
  const trigger = headline(page, 2025).getByRole("button", { name: /^Turnover, 2025: \$1.557B, 4 versions/ });
  await expect(trigger).toContainText("⚠ 4 versions");
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Turnover, 2025: $1.557B" });
  const table = dialog.getByRole("table");
  for (const v of ["$1.557B", "$1.55B", "about $1.36B", "about $1.6B"])
    await expect(table.getByRole("rowheader", { name: new RegExp(`^${v.replace("$", "\\$")}`) })).toBeVisible();
  await expect(dialog).toContainText(
    "Spread between the versions: $240M ($1,600M − $1,360M), 15.4% of the primary figure",
  );
  await expect(dialog).toContainText("(1) an exact figure beats a qualified one — over about $1.36B; about $1.6B");
  await expect(dialog).toContainText("(3) the more precise figure beats a rounded one — over $1.55B");
});

test("the Sources section lists every source, and a popover links to its entry", async ({ page }) => {
  await page.goto("/");
  const section = page.getByRole("region", { name: "Sources" });
  // The primary articles show; the web pages are one tap away.
  const primaries = sourcesFile.sources.filter((s) => s.kind === "seed").length;
  await expect(section.getByRole("listitem")).toHaveCount(primaries);
  await section.getByText(/^Show the \d+ web pages$/).click();
  await expect(section.getByRole("listitem")).toHaveCount(sourcesFile.sources.length);
  for (const s of sourcesFile.sources) await expect(section.locator(`#source-${s.id}`)).toContainText(s.publisher);
  await headline(page, 2025)
    .getByRole("button", { name: /^Imports from U\.S\., 2025/ })
    .click();
  const link = page.getByRole("dialog").getByRole("link", { name: "In the Sources list" }).first();
  await expect(link).toHaveAttribute("href", /^#source-[\w-]+$/);
  const href = (await link.getAttribute("href")) ?? "";
  await link.click();
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(page.locator(href)).toBeInViewport();
});

test("no serious axe violations and no horizontal scroll at 360 px with a conflict popover open", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  await headline(page, 2025)
    .getByRole("button", { name: /^Turnover, 2025/ })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  const box = () => dialog.boundingBox();
  await expect.poll(async () => (await box())?.x ?? -1, { message: "popover: left edge" }).toBeGreaterThanOrEqual(0);
  await expect
    .poll(
      async () => {
        const b = await box();
        return (b?.x ?? 0) + (b?.width ?? 999);
      },
      { message: "popover: right edge" },
    )
    .toBeLessThanOrEqual(360);
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), {
      message: "the page is wider than the viewport (scrollWidth − innerWidth, px)",
    })
    .toBeLessThanOrEqual(0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
});
