import { expect, type Page } from "@playwright/test";

/** The four panel names fixed by DESIGN.md, then the added panels, in page order (their accessible names). */
export const PANELS = [
  "Trade turnover",
  "Export composition",
  "Foreign direct investment",
  "Companies present",
  "Milestones",
];

/** Every panel has drawn; optionally for a given year and, for the panels that follow sectors, sectors. */
export async function expectAllPanels(page: Page, attrs: { year?: string; sectors?: string } = {}): Promise<void> {
  for (const name of PANELS) {
    const region = page.getByRole("region", { name });
    await expect(region).toHaveAttribute("data-state", "ready");
    if (attrs.year !== undefined) await expect(region).toHaveAttribute("data-year", attrs.year);
  }
  if (attrs.sectors !== undefined) {
    for (const name of ["Export composition", "Companies present"]) {
      await expect(page.getByRole("region", { name })).toHaveAttribute("data-sectors", attrs.sectors);
    }
  }
}
