import { raw } from "../../tests/support/dataset";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../tests/support/render-app";
import { createBundledSource } from "../data-source/bundled-source";
import type { DataSource } from "../data-source/data-source";
import { DatasetError } from "../data-source/validate";

const PANELS = ["Trade turnover", "Export composition", "Foreign direct investment", "Companies present"];

async function panel(name: string) {
  const region = await screen.findByRole("region", { name });
  await waitFor(() => expect(region).toHaveAttribute("data-state", "ready"));
  return region;
}

describe("App", () => {
  it("draws the four panels for the default year, 2025", async () => {
    renderApp();
    for (const name of PANELS) {
      expect(await panel(name)).toHaveAttribute("data-year", "2025");
    }
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Azerbaijan–U.S. economic relations");
    expect(screen.getByLabelText("Year")).toHaveValue("2025");
  });

  it("follows a year change in every panel and the URL", async () => {
    renderApp();
    await panel("Trade turnover");
    await userEvent.selectOptions(screen.getByLabelText("Year"), "2024");
    for (const name of PANELS) expect(await panel(name)).toHaveAttribute("data-year", "2024");
    expect(window.location.search).toBe("?year=2024");
    const exports = await panel("Export composition");
    // The panel opens with its answer: the year's largest products, each opening its sources.
    const answer = within(exports).getByText(/^The largest products in 2024:/);
    expect(within(answer).getByRole("button", { name: /^Aluminum plating, 2024: \$31\.7M/ })).toBeInTheDocument();
  });

  it("says plainly when a year has no product breakdown", async () => {
    renderApp("?year=2023");
    const exports = await panel("Export composition");
    expect(within(exports).getByText("No product breakdown for 2023 in our sources.")).toBeInTheDocument();
    await userEvent.click(within(exports).getByRole("button", { name: "Show 2024" }));
    expect(window.location.search).toBe("?year=2024");
  });

  it("selects a sector from the companies panel and filters the list", async () => {
    renderApp("?year=2024");
    const companies = await panel("Companies present");
    await userEvent.click(within(companies).getByRole("button", { name: /^Finance/ }));
    expect(window.location.search).toBe("?year=2024&sector=finance");
    expect(within(companies).getByText("Visa")).toBeInTheDocument();
    expect(within(companies).queryByText("ExxonMobil")).not.toBeInTheDocument();
    expect(await panel("Export composition")).toHaveAttribute("data-sectors", "finance");
  });

  it("keeps the good parts of a bad link and says what was ignored", async () => {
    renderApp("?year=abc&sector=energy~nonsense");
    await panel("Trade turnover");
    const notice = screen.getByText("Some parts of the link were ignored:").closest("[role=status]");
    expect(notice).toHaveTextContent("year “abc” is not a year");
    expect(notice).toHaveTextContent("sector “nonsense” is not a known sector");
    expect(window.location.search).toBe("?sector=energy");
    expect(await panel("Companies present")).toHaveAttribute("data-sectors", "energy");
  });

  it("shows an error in the one panel whose data is broken and keeps the others working", async () => {
    const bundled = createBundledSource(raw);
    const failing: DataSource = {
      kind: "bundled",
      origin: "test",
      load: (resource, query, signal) =>
        resource === "investment"
          ? Promise.reject(
              new DatasetError("mock-data/investment.json", ['records[0] (id "x"), field "value": expected number']),
            )
          : bundled.load(resource, query, signal),
    };
    renderApp("", failing);
    const fdi = await screen.findByRole("region", {
      name: "Foreign direct investment",
    });
    await waitFor(() => expect(fdi).toHaveAttribute("data-state", "error"));
    expect(within(fdi).getByRole("alert")).toHaveTextContent(
      'mock-data/investment.json: records[0] (id "x"), field "value"',
    );
    expect(within(fdi).getByRole("button", { name: "Retry" })).toBeInTheDocument();
    for (const name of ["Trade turnover", "Export composition", "Companies present"]) await panel(name);
  });

  it("keeps the investment and companies panels working when the trade data fails", async () => {
    const bundled = createBundledSource(raw);
    const failing: DataSource = {
      kind: "bundled",
      origin: "test",
      load: (resource, query, signal) =>
        resource === "trade" ? Promise.reject(new Error("trade unavailable")) : bundled.load(resource, query, signal),
    };
    renderApp("", failing);
    for (const name of ["Trade turnover", "Export composition"]) {
      const region = await screen.findByRole("region", { name });
      await waitFor(() => expect(region).toHaveAttribute("data-state", "error"));
    }
    const fdi = await panel("Foreign direct investment");
    expect(fdi).toHaveAttribute("data-year", "2025"); // latest year with a flow figure
    await panel("Companies present");
  });

  it("keeps the notice of a bad link under StrictMode's double effects and a #fragment jump", async () => {
    renderApp("?year=abc");
    await panel("Trade turnover");
    const notice = () => screen.queryByText("Some parts of the link were ignored:");
    expect(notice()).toBeInTheDocument();
    window.history.pushState(null, "", `${window.location.pathname}${window.location.search}#panels`);
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(notice()).toBeInTheDocument();
  });

  it("marks conflicting figures and lists every version side by side in their provenance popover", async () => {
    renderApp();
    await panel("Trade turnover");
    const headline = screen.getByRole("region", {
      name: "Headline figures for 2025",
    });
    const trigger = within(headline).getByRole("button", { name: /^Turnover, 2025: \$1.557B, 4 versions/ });
    expect(trigger).toHaveTextContent("⚠ 4 versions");
    await userEvent.click(trigger);
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    const dialog = await screen.findByRole("dialog", { name: "Turnover, 2025: $1.557B" });
    const table = within(dialog).getByRole("table");
    for (const v of ["$1.557B", "$1.55B", "about $1.36B", "about $1.6B"])
      expect(
        within(table).getByRole("rowheader", { name: new RegExp(`^${v.replace("$", "\\$")}`) }),
      ).toBeInTheDocument();
    expect(dialog).toHaveTextContent("Spread between the versions: $240M");
    expect(dialog).toHaveTextContent("(1) an exact figure beats a qualified one");
    expect(dialog).toHaveTextContent("(3) the more precise figure beats a rounded one — over $1.55B");
  });

  it("opens a figure's sources from the keyboard and Escape returns focus to it", async () => {
    renderApp("?year=2024");
    await panel("Trade turnover");
    const headline = screen.getByRole("region", { name: "Headline figures for 2024" });
    const balance = within(headline).getByRole("button", { name: /^Balance, 2024: -\$1,482\.9M, derived/ });
    balance.focus();
    await userEvent.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: /^Balance, 2024/ });
    expect(dialog).toHaveFocus();
    expect(dialog).toHaveTextContent("Exports − imports = $135.03M − $1,617.93M = -$1,482.9M");
    expect(within(dialog).getAllByRole("link", { name: "In the Sources list" })[0]).toHaveAttribute(
      "href",
      "#source-article-001",
    );
    await userEvent.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(balance).toHaveFocus();

    const imports = within(headline).getByRole("button", { name: /^Imports from U\.S\., 2024: \$1,617\.93M/ });
    await userEvent.click(imports);
    const importsDialog = await screen.findByRole("dialog", { name: /^Imports from U\.S\., 2024/ });
    expect(importsDialog).toHaveTextContent("Today.az, undated: US-Azerbaijani trade relations");
    await userEvent.click(balance);
    expect(screen.getAllByRole("dialog")).toHaveLength(1); // one popover at a time
    await userEvent.click(document.body);
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("derived figures in panel bodies explain themselves: the export remainder and like-for-like FDI change", async () => {
    renderApp("?year=2024");
    const exportsPanel = await panel("Export composition");
    await userEvent.click(
      within(exportsPanel).getByRole("button", { name: /^Other products \(derived\), 2024: \$19\.26M, derived/ }),
    );
    const remainder = await screen.findByRole("dialog", { name: /^Other products \(derived\), 2024/ });
    expect(remainder).toHaveTextContent("$74.9M (total) − $55.64M (5 products) = $19.26M");
    expect(remainder).toHaveTextContent("Aluminum plating");
    await userEvent.keyboard("{Escape}");

    const fdi = await panel("Foreign direct investment");
    // Growth sits with the other detail, behind the panel's one disclosure.
    await userEvent.click(within(fdi).getByText(/^More: growth, shares and ranks for 2024/));
    await userEvent.click(
      within(fdi).getByRole("button", { name: /^Change in flow U\.S\. → Azerbaijan, 2024: -12\.9%, derived/ }),
    );
    const change = await screen.findByRole("dialog", { name: /^Change in flow U\.S\. → Azerbaijan/ });
    expect(change).toHaveTextContent("$149.8M ÷ $171.9M − 1 = -12.9%");
    expect(change).toHaveTextContent("U.S. → Azerbaijan, 2023: $171.9M");
  });
});
