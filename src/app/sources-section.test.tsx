import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import sourcesFile from "../../mock-data/sources.json";
import { renderApp } from "../../tests/support/render-app";

describe("Sources section", () => {
  it("lists every document, seeds first, with what each contributed and an anchor for the popovers", async () => {
    renderApp();
    const section = await screen.findByRole("region", { name: "Sources" });
    const seeds = within(section).getByRole("heading", { name: "Seed articles" });
    const web = within(section).getByRole("heading", { name: "Web pages" });
    expect(seeds.compareDocumentPosition(web) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = await within(section).findAllByRole("listitem");
    expect(items).toHaveLength(sourcesFile.sources.length);
    const seed004 = section.querySelector("#source-seed-004");
    expect(seed004).toHaveTextContent("Contributed:");
    expect(seed004).toHaveTextContent(/\d+ trade figures \(/);
    expect(seed004).toHaveTextContent(/\d+ investment figures/);
    expect(seed004).toHaveTextContent("2 company counts");
    expect(section.querySelector("#source-seed-001")).toHaveTextContent("Undated: No date on the page.");
    const web1 = section.querySelector("#source-web-azernews-239869");
    expect(within(web1 as HTMLElement).getByRole("link")).toHaveAttribute("href", expect.stringContaining("azernews"));
  });
});
