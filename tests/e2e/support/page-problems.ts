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
