import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { growthFigure } from "./investment.growth";
import { buildInvestmentView } from "./investment.transform";

describe("growthFigure", () => {
  it("shapes the 2024 U.S. → Azerbaijan change on 2023 with both flows as inputs", () => {
    const growth = buildInvestmentView(data.investment.records, 2024, dates).growth;
    const us = growth.find((g) => g.direction === "us_to_az");
    if (!us) throw new Error("the dataset has a 2024 like-for-like change");
    const figure = growthFigure(us);
    expect(figure.intro).toBe("U.S. → Azerbaijan, change on 2023 (derived):");
    expect(figure.label).toBe("Change in flow U.S. → Azerbaijan, 2024");
    expect(figure.value).toBe("-12.9%");
    expect(figure.formula).toBe("$149.8M ÷ $171.9M − 1 = -12.9%");
    expect(figure.inputs.map((i) => [i.label, i.record.value])).toEqual([
      ["U.S. → Azerbaijan, 2024", 149.8],
      ["U.S. → Azerbaijan, 2023", 171.9],
    ]);
  });

  it("compares Jan–Sep 2025 with Jan–Sep 2024", () => {
    const growth = buildInvestmentView(data.investment.records, 2025, dates).growth;
    const us = growth.find((g) => g.direction === "us_to_az");
    if (!us) throw new Error("the dataset has a 2025 like-for-like change");
    const figure = growthFigure(us);
    expect(figure.label).toBe("Change in flow U.S. → Azerbaijan, Jan–Sep 2025");
    expect(figure.value).toBe("+30.5%");
    expect(figure.inputs.map((i) => i.label)).toEqual([
      "U.S. → Azerbaijan, Jan–Sep 2025",
      "U.S. → Azerbaijan, Jan–Sep 2024",
    ]);
  });
});
