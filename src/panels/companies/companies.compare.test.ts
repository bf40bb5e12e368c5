import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { compareCounts } from "./companies.compare";
import { buildCompaniesView } from "./companies.transform";

const { counts } = buildCompaniesView(data.companies, []);

describe("compareCounts", () => {
  it("compares the exact counts of one concept stated in each year", () => {
    const [operating] = compareCounts(counts, dates, 2020, 2018);
    expect(operating?.concept).toBe("operating");
    expect(operating?.result.kind === "change" && operating.result.change).toEqual({
      absolute: 17,
      relative: 17 / 240,
      fromIds: ["count-operating-2020-05-24-azernews-165451", "count-operating-2018-09-10-azernews-137309"],
    });
  });

  it("never computes a change from 'about 300'", () => {
    const [operating] = compareCounts(counts, dates, 2022, 2018);
    expect(operating?.result.kind === "none" && operating.result.why.reason).toBe("qualified");
  });

  it("says the year without a count, and gives nothing when neither year has one", () => {
    expect(compareCounts(counts, dates, 2024, 2018).map((c) => c.result)).toEqual([
      { kind: "none", why: { reason: "missing", year: 2024 } },
    ]);
    expect(compareCounts(counts, dates, 2024, 2023)).toEqual([]);
  });
});
