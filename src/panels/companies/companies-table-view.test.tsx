import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { buildFigures } from "../../data-source/versions";
import { countsTable } from "./companies.table";
import { DataTable } from "../../components/data-table";

describe("DataTable's figure buttons", () => {
  it("say what each figure is, measure and period, not only the row's short label", () => {
    render(<DataTable model={countsTable(data.companies.counts, "Counts", dates)} />);
    const buttons = screen.getAllByRole("button", { name: /— sources$/ });
    expect(buttons.length).toBe(buildFigures(data.companies.counts, dates).size); // one button per figure, not per version
    for (const b of buttons) expect(b).toHaveAccessibleName(/^Companies /);
  });
});
