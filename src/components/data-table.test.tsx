import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { SYNTHETIC_SOURCE, syntheticProducts } from "../../scripts/synthetic-dataset.mjs";
import { data } from "../../tests/support/dataset";
import { parseResource } from "../data-source/parse-resource";
import { buildFigures, sourceDates } from "../data-source/versions";
import { figureRow, type TableModel } from "../export/table-model";
import { DataTable } from "./data-table";

const dates = sourceDates([...data.sources.sources, SYNTHETIC_SOURCE]);

/** A table of `count` SYNTHETIC products (one year), as a product-level dataset gives the export panel. */
function productTable(count: number, current = -1): TableModel {
  const records = parseResource("exportProducts", {
    records: syntheticProducts({ products: count, years: 1, firstYear: 2030 }),
    namedProducts: [],
  }).records;
  const figures = [...buildFigures(records, dates).values()];
  return {
    panel: "exports",
    title: "Export composition",
    caption: "Synthetic products, 2030",
    labelHeaders: ["Product"],
    rows: figures.map((f, i) => figureRow(f, [f.primary.product], { current: i === current })),
    file: { panel: "exports", years: { first: 2030, last: 2030 }, sectors: [] },
  };
}

const bodyRows = () => screen.getAllByRole("row").slice(1); // the first is the header row

describe("DataTable paging", () => {
  it("shows 50 of 4,999 rows at a time with a keyboard-operable pager", async () => {
    render(<DataTable model={productTable(4999)} />);
    const pager = screen.getByRole("group", { name: "Export composition: table pages" });
    expect(within(pager).getByText("Rows 1–50 of 4,999")).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows()[0]).toHaveTextContent("Synthetic product HS 000001");
    const previous = within(pager).getByRole("button", { name: "Previous rows" });
    const next = within(pager).getByRole("button", { name: "Next rows" });
    expect(previous).toHaveAttribute("aria-disabled", "true");

    next.focus();
    await userEvent.keyboard("{Enter}");
    expect(within(pager).getByText("Rows 51–100 of 4,999")).toBeInTheDocument();
    expect(bodyRows()[0]).toHaveTextContent("Synthetic product HS 000051");
    expect(next).toHaveFocus();
    await userEvent.keyboard(" ");
    expect(within(pager).getByText("Rows 101–150 of 4,999")).toBeInTheDocument();

    await userEvent.click(previous);
    await userEvent.click(previous);
    expect(within(pager).getByText("Rows 1–50 of 4,999")).toBeInTheDocument();
    await userEvent.click(previous); // stays on the first page, still focusable
    expect(within(pager).getByText("Rows 1–50 of 4,999")).toBeInTheDocument();
  });

  it("ends on a short last page, and Next does nothing there", async () => {
    render(<DataTable model={productTable(120)} />);
    const next = screen.getByRole("button", { name: "Next rows" });
    await userEvent.click(next);
    await userEvent.click(next);
    expect(screen.getByText("Rows 101–120 of 120")).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(20);
    expect(next).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(next);
    expect(screen.getByText("Rows 101–120 of 120")).toBeInTheDocument();
  });

  it("opens on the page of the highlighted row (the selected year)", () => {
    render(<DataTable model={productTable(200, 130)} />);
    expect(screen.getByText("Rows 101–150 of 200")).toBeInTheDocument();
  });

  it("a new model opens on its own first page", async () => {
    const { rerender } = render(<DataTable model={productTable(200)} />);
    await userEvent.click(screen.getByRole("button", { name: "Next rows" }));
    expect(screen.getByText("Rows 51–100 of 200")).toBeInTheDocument();
    rerender(<DataTable model={productTable(300)} />);
    expect(screen.getByText("Rows 1–50 of 300")).toBeInTheDocument();
  });

  it("draws a table of 50 rows or fewer whole, without a pager", () => {
    render(<DataTable model={productTable(50)} />);
    expect(bodyRows()).toHaveLength(50);
    expect(screen.queryByRole("group", { name: /table pages/ })).toBeNull();
  });
});
