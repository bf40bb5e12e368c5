import { describe, expect, it } from "vitest";
import { exportFileName } from "./file-name";

describe("exportFileName", () => {
  it("names the panel, the years and the sector filter", () => {
    expect(exportFileName({ panel: "trade", years: { first: 2022, last: 2025 } }, "csv")).toBe(
      "az-us-trade-turnover-2022-2025.csv",
    );
    expect(exportFileName({ panel: "exports", years: { first: 2024, last: 2024 }, sectors: ["energy"] }, "png")).toBe(
      "az-us-export-composition-2024-energy.png",
    );
    expect(
      exportFileName({ panel: "exports", years: { first: 2024, last: 2024 }, sectors: ["energy", "finance"] }, "svg"),
    ).toBe("az-us-export-composition-2024-energy-finance.svg");
  });

  it("leaves out what the file does not depend on", () => {
    expect(exportFileName({ panel: "companies", years: null, sectors: [] }, "csv")).toBe("az-us-companies-present.csv");
  });
});
