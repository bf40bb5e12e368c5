import { describe, expect, it } from "vitest";
import { data } from "../../../tests/support/dataset";
import { hqNote, regionNames, roleWhen } from "./companies.labels";

const company = (name: string) => {
  const found = data.companies.companies.find((c) => c.name === name);
  if (!found) throw new Error(`No company ${name}`);
  return found;
};

describe("hqNote", () => {
  const regions = regionNames();

  it("names the headquarters country of bp, Shell and Ericsson", () => {
    expect(hqNote(company("bp"), regions)).toBe("Not a U.S. company (HQ: United Kingdom)");
    expect(hqNote(company("Shell"), regions)).toBe("Not a U.S. company (HQ: United Kingdom)");
    expect(hqNote(company("Ericsson"), regions)).toBe("Not a U.S. company (HQ: Sweden)");
  });

  it("says when the headquarters are not stated, and nothing for a U.S. company", () => {
    expect(hqNote(company("Ardea Energy Technologies"), regions)).toBe("HQ not stated");
    const us = data.companies.companies.find((c) => c.hqCountry === "US");
    expect(us && hqNote(us, regions)).toBeNull();
  });
});

describe("roleWhen", () => {
  it("dates the mission counterpart role, marked inferred", () => {
    const [role] = company("AZPROMO").roles;
    expect(role && roleWhen(role)).toBe(" (Feb 2026, date inferred)");
  });

  it("is empty for a role without a date", () => {
    const undated = data.companies.companies.flatMap((c) => c.roles).find((r) => !r.periodStart && !r.periodEnd);
    expect(undated && roleWhen(undated)).toBe("");
  });
});
