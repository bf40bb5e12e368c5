import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { companiesTable } from "./companies.table";
import { buildCompaniesView } from "./companies.transform";

describe("companiesTable", () => {
  const view = buildCompaniesView(data.companies, ["energy"]);
  const model = companiesTable(view, data.companies.companies, ["energy"], dates);

  it("keeps every stated count with its own concept, qualifier and date", () => {
    const counts = model.rows
      .filter((r) => r.derived === null)
      .map((r) => [r.labels[0], r.value, r.qualifier, r.periodEnd]);
    expect(counts.slice(0, 4)).toEqual([
      ["operating", 240, "exact", "2018-09-10"],
      ["operating", 257, "exact", "2020-05-24"],
      ["operating", 300, "approx", "2022-02-01"],
      ["operating", 200, "more_than", "2026-02-18"],
    ]);
    expect(counts).toContainEqual(["registered", 300, "exact", null]); // "over 250" is its other version (below)
  });

  it("counts named U.S. companies per sector as derived, the selected sector current, non-U.S. companies left out", () => {
    const energy = model.rows.find((r) => r.key === "sector-energy");
    expect(energy?.derived).toBe("counted from the companies our sources name");
    expect(energy?.current).toBe(true);
    expect(energy?.value).toBe(view.bySector.find((s) => s.sector === "energy")?.count);
    const names = energy?.recordIds ?? [];
    expect(names).not.toContain("company-bp");
    expect(names).not.toContain("company-shell");
    expect(model.rows.filter((r) => r.derived !== null).every((r) => r.unit === "companies")).toBe(true);
  });

  it("shows disagreeing counts of one concept and date as one figure with its versions", () => {
    const registered = model.rows.filter((r) => r.labels[0] === "registered");
    expect(registered).toHaveLength(1);
    expect(registered[0]?.value).toBe(300);
    expect(registered[0]?.figure?.versions.map((v) => v.value)).toEqual([300, 250]);
    expect(registered[0]?.figure?.conflict).toBe(true);
  });
});
