import { describe, expect, it } from "vitest";
import { COLORS } from "./colors";

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("contrast", () => {
  it("matches the WCAG reference values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    // The colours this palette replaced: below 3:1 on white.
    expect(contrast("#E69F00", "#ffffff")).toBeCloseTo(2.25, 2);
    expect(contrast("#9ca3af", "#ffffff")).toBeCloseTo(2.54, 2);
  });
});

describe("COLORS", () => {
  it.each(Object.entries(COLORS))("%s (%s) is at least 3:1 against the white chart background", (_, color) => {
    expect(contrast(color, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("keeps the two investment directions apart", () => {
    expect(COLORS.usToAz).not.toBe(COLORS.azToUs);
  });
});
