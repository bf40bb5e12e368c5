import { expect, test, type Page } from "@playwright/test";

/** The page's query string ("?year=2024"). */
export function search(page: Page): string {
  return new URL(page.url()).search;
}

/**
 * Registers hooks in the calling spec: any uncaught error or console error fails the test
 * that caused it.
 */
export function failOnPageProblems(): void {
  gotoWaitsForHydration();
  const pageProblems = new WeakMap<Page, string[]>();
  test.beforeEach(({ page }) => {
    const problems: string[] = [];
    pageProblems.set(page, problems);
    page.on("pageerror", (e) => problems.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
  });
  test.afterEach(({ page }) => {
    expect(pageProblems.get(page) ?? []).toEqual([]);
  });
}

/**
 * Resolves once React owns every section of the page: the prerendered page is hydrated (its
 * panels hydrate one idle turn each, src/components/hydrate-when-idle.tsx) or the client has
 * rendered the view. Before that the prerendered buttons are visible but not yet working.
 */
async function waitForHydration(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const sections = [...document.querySelectorAll("#root section")];
        return sections.length > 0 && sections.every((s) => Object.keys(s).some((k) => k.startsWith("__reactFiber$")));
      }),
    )
    .toBe(true);
}

/**
 * Registers a hook in the calling spec: every `page.goto` of the test's page waits for
 * hydration before it returns, so a test acts on a page that works, as a reader would a
 * moment later. (A test that must see the page before hydration reads it from an init script.)
 */
export function gotoWaitsForHydration(): void {
  test.beforeEach(({ page }) => {
    const goto = page.goto.bind(page);
    page.goto = async (...args: Parameters<Page["goto"]>) => {
      const response = await goto(...args);
      await waitForHydration(page);
      return response;
    };
  });
}
