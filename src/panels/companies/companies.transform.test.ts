import { describe, expect, it } from "vitest";
import { data } from "../../../tests/support/dataset";
import { buildCompaniesView, isUsCompany } from "./companies.transform";

describe("buildCompaniesView", () => {
  const view = buildCompaniesView(data.companies, []);

  it("records bp, Shell and Ericsson with their headquarters and never counts them as U.S. companies", () => {
    for (const name of ["bp", "Shell", "Ericsson"]) {
      const company = view.companies.find((c) => c.name === name);
      expect(company, name).toBeDefined();
      if (company) expect(isUsCompany(company)).toBe(false);
    }
    const named = (name: string) => view.companies.find((c) => c.name === name);
    expect([named("bp")?.hqCountry, named("Shell")?.hqCountry, named("Ericsson")?.hqCountry]).toEqual([
      "GB",
      "GB",
      "SE",
    ]);
    // The per-sector counts add up to the U.S.-headquartered named companies only.
    const usNamed = view.companies.filter((c) => c.hqCountry === "US").length;
    expect(view.bySector.reduce((sum, s) => sum + s.count, 0)).toBe(usNamed);
    expect(usNamed).toBeLessThan(view.companies.length);
  });

  it("keeps registered, operating and active counts apart, oldest first", () => {
    const concepts = new Set(view.counts.map((c) => c.concept));
    expect([...concepts]).toEqual(expect.arrayContaining(["registered", "operating", "active"]));
    const dated = view.counts.filter((c) => c.periodEnd !== null).map((c) => c.periodEnd ?? "");
    expect(dated).toEqual([...dated].sort());
  });

  it("filters the named companies by sector", () => {
    const finance = buildCompaniesView(data.companies, ["finance"]);
    expect(finance.companies.length).toBeGreaterThan(0);
    expect(finance.companies.every((c) => c.sector === "finance")).toBe(true);
    expect(finance.companies.map((c) => c.name)).toEqual(expect.arrayContaining(["Visa", "Mastercard"]));
  });

  it("keeps Azerbaijani mission counterparts out of the companies present", () => {
    expect(view.counterparts.some((c) => c.name.startsWith("SOCAR"))).toBe(true);
    expect(view.companies.some((c) => c.name.startsWith("SOCAR"))).toBe(false);
  });
});
