import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { groupByEvidence, latestCount, latestEvidenceYear } from "./companies.evidence";

const companies = data.companies.companies;
const byName = (name: string) => {
  const c = companies.find((x) => x.name.startsWith(name));
  if (!c) throw new Error(`no company ${name}`);
  return c;
};

describe("evidence recency", () => {
  it("dates a role by what it is about, not by when a page mentioned it", () => {
    expect(latestEvidenceYear(byName("Amoco"), dates)).toBe(1994);
    expect(latestEvidenceYear(byName("Chevron"), dates)).toBe(2019);
  });

  it("never groups a company known only from old roles with the current ones", () => {
    const { recent, earlier } = groupByEvidence(companies, dates);
    expect(earlier.map((c) => c.name)).toEqual(expect.arrayContaining(["Amoco", "Chevron"]));
    for (const c of recent) expect(latestEvidenceYear(c, dates)).toBeGreaterThanOrEqual(2025);
    for (const c of earlier) expect(latestEvidenceYear(c, dates) ?? 0).toBeLessThan(2025);
    expect(recent.length + earlier.length).toBe(companies.length);
    expect(recent.length).toBeGreaterThan(0);
  });
});

describe("latestCount", () => {
  it("is the newest dated count, never an undated one", () => {
    const latest = latestCount(data.companies.counts, dates);
    const dated = data.companies.counts.filter((c) => c.periodEnd !== null).map((c) => c.periodEnd ?? "");
    expect(latest?.primary.periodEnd).toBe(dated.sort().at(-1));
  });
});
