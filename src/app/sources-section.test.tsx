import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import sourcesFile from "../../mock-data/sources.json";
import { raw } from "../../tests/support/dataset";
import { renderApp } from "../../tests/support/render-app";
import { createBundledSource } from "../data-source/bundled-source";

describe("Sources section", () => {
  it("lists every document, primary articles first, with what each contributed and an anchor for the popovers", async () => {
    renderApp();
    const section = await screen.findByRole("region", { name: "Sources" });
    const seeds = within(section).getByRole("heading", { name: "News articles (primary sources)" });
    const web = within(section).getByRole("heading", { name: "Web pages" });
    expect(seeds.compareDocumentPosition(web) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // The web pages are folded: one tap shows them all.
    const fold = within(section)
      .getByText(/^Show the \d+ web pages$/)
      .closest("details");
    expect(fold).not.toHaveAttribute("open");
    await userEvent.click(within(section).getByText(/^Show the \d+ web pages$/));
    expect(fold).toHaveAttribute("open");
    const items = await within(section).findAllByRole("listitem");
    expect(items).toHaveLength(sourcesFile.sources.length);
    // What each document contributed is one tap away, for all of them at once.
    expect(section.querySelector("#source-article-004")).not.toHaveTextContent("Contributed:");
    const toggle = within(section).getByRole("button", { name: "Show what each document contributed" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    const article004 = section.querySelector("#source-article-004");
    expect(article004).toHaveTextContent("Contributed:");
    expect(article004).toHaveTextContent(/\d+ trade figures \(/);
    expect(article004).toHaveTextContent(/\d+ investment figures/);
    expect(article004).toHaveTextContent("2 company counts");
    const article001 = section.querySelector("#source-article-001");
    expect(article001).toHaveTextContent("Undated: No date on the page.");
    // A primary article is named by publisher, date and title, with the address its attribution gives.
    expect(article001).toHaveTextContent(
      /^Today\.az, undated: US-Azerbaijani trade relations enter a new, more structured phase \(analysis\)Today\.az analytics \(today\.az\/news\/analytics\/265497\.html\)/,
    );
    expect(section).not.toHaveTextContent(/seed|\.txt|mock-data/i);
    const web1 = section.querySelector("#source-web-azernews-239869");
    expect(within(web1 as HTMLElement).getByRole("link")).toHaveAttribute("href", expect.stringContaining("azernews"));
  });

  it("lists an organisation's thousands of documents 50 at a time, and a link to one further down lists it", async () => {
    const web = sourcesFile.sources.filter((x) => x.kind === "web").length;
    const extra = Array.from({ length: 1000 }, (_, i) => ({
      id: `web-many-${String(i).padStart(3, "0")}`,
      kind: "web",
      title: `Document ${i + 1}`,
      publisher: "Example Statistics Office",
      published: null,
      publishedNote: "No date on the page.",
      url: `https://example.org/documents/${i + 1}`,
    }));
    const source = createBundledSource({ ...raw, sources: { sources: [...sourcesFile.sources, ...extra] } });
    renderApp("#source-web-many-250", source);
    const section = await screen.findByRole("region", { name: "Sources" });
    // The entry a link points to is listed, its fold opened, and it has the focus.
    const target = await within(section).findByText("Document 251");
    const entry = target.closest("li");
    await waitFor(() => expect(entry).toHaveFocus());
    expect(entry?.closest("details")).toHaveAttribute("open");
    const webList = entry?.closest("ol") as HTMLElement;
    expect(within(webList).getAllByRole("listitem")).toHaveLength(300);
    expect(
      within(section).getByRole("button", {
        name: `Show 50 more (300 of ${(web + 1000).toLocaleString("en-US")} shown)`,
      }),
    ).toBeVisible();
    expect(within(section).queryByText(`Document ${300 - web + 1}`)).toBeNull();
  });
});
