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
    const energyUs = view.companies.filter((c) => c.sector === "energy" && isUsCompany(c)).length;
    expect(view.bySector.find((s) => s.sector === "energy")?.count).toBe(energyUs);
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
