import { expect, type Locator, type Page } from "@playwright/test";

/** The dashboard's four panels: data-panel id and accessible name (the panel's h2). */
export const PANELS = [
  { id: "trade-turnover", name: "Trade turnover" },
  { id: "export-composition", name: "Export composition" },
  { id: "foreign-direct-investment", name: "Foreign direct investment" },
  { id: "companies-present", name: "Companies present" },
] as const;

export type PanelId = (typeof PANELS)[number]["id"];

/** A panel located the way a screen-reader user finds it: region landmark by name. */
export function panel(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

/** Every panel is visible and has finished loading (optionally for a given year). */
export async function expectAllPanelsReady(page: Page, year?: number): Promise<void> {
  for (const { id, name } of PANELS) {
    const region = panel(page, name);
    await expect(region, `panel "${name}"`).toBeVisible();
    await expect(region).toHaveAttribute("data-panel", id);
    await expect(region, `panel "${name}" should reach data-state="ready"`).toHaveAttribute("data-state", "ready");
    if (year !== undefined) await expect(region).toHaveAttribute("data-year", String(year));
  }
}

/** Collects uncaught page errors so a spec can assert there were none. */
export function collectPageErrors(page: Page): Error[] {
  const errors: Error[] = [];
  page.on("pageerror", (error) => errors.push(error));
  return errors;
}
