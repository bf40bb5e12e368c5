import { describe, expect, it } from "vitest";
import { niceTicks, yearStarts } from "./ticks";

describe("niceTicks", () => {
  it("covers the data with round steps and includes zero", () => {
    expect(niceTicks(-1482.9, 2300)).toEqual([-2000, -1000, 0, 1000, 2000, 3000]);
    expect(niceTicks(0, 133.24)).toEqual([0, 50, 100, 150]);
  });

  it("handles an all-zero range", () => {
    expect(niceTicks(0, 0)).toEqual([0]);
  });
});

describe("yearStarts", () => {
  it("gives the first of January of each year spanned, plus one", () => {
    expect(yearStarts([Date.UTC(2016, 11, 1), Date.UTC(2018, 5, 1)]).map((t) => new Date(t).getUTCFullYear())).toEqual([
      2016, 2017, 2018, 2019,
    ]);
  });
});
