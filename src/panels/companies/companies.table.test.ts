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
    // Undated counts from different sources stay two figures (below).
    expect(counts).toContainEqual(["registered", 300, "exact", null]);
    expect(counts).toContainEqual(["registered", 250, "more_than", null]);
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

  it("never merges undated counts of different sources: each is its own figure, source and undated status", () => {
    const registered = model.rows.filter((r) => r.labels[0] === "registered");
    expect(registered.map((r) => [r.value, r.qualifier, r.sourceIds, r.periodEnd])).toEqual(
      expect.arrayContaining([
        [300, "exact", ["article-004"], null],
        [250, "more_than", ["article-001"], null],
      ]),
    );
    expect(registered).toHaveLength(2);
    for (const row of registered) {
      expect(row.figure?.versions).toHaveLength(1);
      expect(row.figure?.conflict).toBe(false);
    }
  });

  it("shows the dated mission count as one figure: 31 with “more than 31” as its other version", () => {
    const mission = model.rows.filter((r) => r.labels[0] === "on the 2026 business mission");
    expect(mission).toHaveLength(1);
    expect(mission[0]?.value).toBe(31);
    expect(mission[0]?.figure?.versions.map((v) => [v.value, v.qualifier, v.sourceIds])).toEqual([
      [31, "exact", ["web-1news-20260210044753785"]],
      [31, "more_than", ["web-azernews-254188"]],
    ]);
    expect(mission[0]?.figure?.conflict).toBe(true);
  });
});
