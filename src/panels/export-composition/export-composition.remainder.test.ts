import { describe, expect, it } from "vitest";
import { exportView } from "../../../tests/support/export-view";
import { remainderInputs, remainderProvenance, remainderSum } from "./export-composition.remainder";

const view = exportView;

describe("remainderSum", () => {
  it("is the total minus the remainder, to the cent (no float noise)", () => {
    expect(remainderSum(74.9, { value: 19.26, fromIds: [] })).toBe(55.64);
    expect(remainderSum(74.9, { value: 66.77, fromIds: [] })).toBe(8.13);
  });
});

describe("remainderInputs", () => {
  it("opens the 2024 OEC total and the five products behind 'other'", () => {
    const v = view(2024);
    const inputs = remainderInputs(v, v.other ?? { value: 0, fromIds: [] });
    expect(inputs.map((i) => i.label)[0]).toBe("Total exports to the U.S., 2024");
    expect(inputs.slice(1).map((i) => i.record.value)).toEqual([31.7, 8.13, 6.79, 6.51, 2.51]);
    expect(inputs.slice(1).map((i) => i.label)).toEqual(v.products.map((f) => f.primary.product));
  });
});

describe("remainderProvenance", () => {
  it("says how 'other' was computed", () => {
    const v = view(2024);
    const p = v.other && remainderProvenance(v, v.other, "Other products (derived)");
    expect(p?.label).toBe("Other products (derived), 2024");
    expect(p?.value).toBe("$19.26M");
    expect(p?.formula).toBe("$74.9M (total) − $55.64M (5 products) = $19.26M");
  });

  it("says how the part a sector filter hides was computed", () => {
    const v = view(2024, ["defense"]);
    const p = v.hiddenBySector && remainderProvenance(v, v.hiddenBySector, "Not shown");
    expect(p?.formula).toBe("$74.9M (total) − $8.13M (1 product) = $66.77M");
    expect(p?.inputs.map((i) => i.label)).toEqual(["Total exports to the U.S., 2024", "Explosive ammunition"]);
  });

  it("is null without a total", () => {
    const v = view(2023);
    expect(v.total).toBeNull();
    expect(remainderProvenance(v, { value: 1, fromIds: [] }, "Other")).toBeNull();
  });
});
