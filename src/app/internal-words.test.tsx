import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/support/render-app";

/** Words of the data's own bookkeeping that readers never see (issue 9, item 6). */
const INTERNAL = /seed|\.txt|mock-data/i;

function internalWords(text: string): string[] {
  return [...text.matchAll(/.{0,40}(seed|\.txt|mock-data).{0,40}/gi)].map((m) => m[0]);
}

async function readyPage() {
  renderApp();
  await screen.findByRole("region", { name: "Sources" });
  for (const name of ["Trade turnover", "Export composition", "Foreign direct investment", "Companies present"]) {
    const region = await screen.findByRole("region", { name });
    await waitFor(() => expect(region).toHaveAttribute("data-state", "ready"));
  }
}

describe("No internal words where readers look", () => {
  it("the rendered page's text, its tooltips and accessible names never say seed, .txt or mock-data", async () => {
    await readyPage();
    expect(internalWords(document.body.textContent ?? "")).toEqual([]);
    const attributes = [...document.body.querySelectorAll("[title], [aria-label], [alt]")].flatMap((el) =>
      ["title", "aria-label", "alt"].map((a) => el.getAttribute(a) ?? ""),
    );
    expect(attributes.filter((a) => INTERNAL.test(a))).toEqual([]);
  });

  it("names a primary article by publisher, date and title in its popover and links its Sources entry without an internal id", async () => {
    await readyPage();
    const headline = screen.getByRole("region", { name: /^Headline figures/ });
    await userEvent.click(within(headline).getAllByRole("button", { name: /^Turnover/ })[0]!);
    const dialog = await screen.findByRole("dialog");
    expect(internalWords(dialog.textContent ?? "")).toEqual([]);
    for (const link of within(dialog).getAllByRole("link", { name: "In the Sources list" }))
      expect(link.getAttribute("href")).not.toMatch(INTERNAL);
  });

  it("the footer names the dataset by title, date and size", async () => {
    await readyPage();
    const footer = screen.getByRole("contentinfo");
    expect(footer).toHaveTextContent(
      /Data: Azerbaijan–U\.S\. economic relations dataset, updated [A-Z][a-z]{2} \d{1,2}, \d{4} \(its newest source\), served with this page: \d+ trade, investment and company figures from \d+ documents\./,
    );
    expect(internalWords(footer.textContent ?? "")).toEqual([]);
  });
});
