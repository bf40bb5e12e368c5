import { expect, type Locator, type Page } from "@playwright/test";

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

/**
 * Opens every <details> in `scope` (e.g. for an accessibility scan) and waits until each one is
 * open and shows more than its summary: LazyDetails renders its content only after the toggle event.
 */
export async function openAllDetails(scope: Page | Locator): Promise<void> {
  const details = scope.locator("details");
  await expect(details.first()).toBeAttached();
  for (const d of await details.all()) await d.evaluate((el) => el.setAttribute("open", ""));
  const notShowing = () =>
    details.evaluateAll(
      (all) =>
        all.filter((d) => {
          const summary = d.querySelector(":scope > summary");
          const content = [...d.childNodes].filter((n) => n !== summary && (n.textContent ?? "").trim() !== "");
          return !(d as HTMLDetailsElement).open || content.length === 0;
        }).length,
    );
  await expect.poll(notShowing, { message: "<details> still closed or showing only the summary" }).toBe(0);
}
