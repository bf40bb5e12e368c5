import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHART_PALETTE, COLORS, type ChartColor } from "./colors";

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

type Theme = "light" | "dark";
const THEMES: readonly Theme[] = ["light", "dark"];

/** The theme-tokens block of the stylesheet: every `--name: light-dark(#light, #dark)`. */
const css = readFileSync(path.resolve("src/index.css"), "utf8");
const tokens = new Map(
  [...css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)].map(
    ([, name = "", light = "", dark = ""]) => [name, { light, dark }] as const,
  ),
);
function token(name: string, theme: Theme): string {
  const pair = tokens.get(name);
  if (!pair) throw new Error(`index.css declares no --${name}: light-dark(…)`);
  return pair[theme];
}

/** Where charts and their labels are drawn: the panel surface and the page behind it. */
const CHART_BACKGROUNDS = ["color-white", "color-slate-50"];
/** Chart colours that are not marks: grid lines are faint guides, the surface is the background. */
const NOT_MARKS = new Set<ChartColor>(["grid", "surface"]);
/** Chart colours that are text (tick labels, bar labels). */
const CHART_TEXT = new Set<ChartColor>(["axis", "ink"]);

/**
 * Text and the backgrounds it is set on in the interface (classes in src/): ink on surfaces,
 * links, notices, tags, pressed controls (text-white on a filled one), table rows.
 */
const TEXT_PAIRS: readonly [string, readonly string[]][] = [
  ["color-slate-900", ["color-white", "color-slate-50", "color-slate-100", "color-emerald-50", "color-amber-50"]],
  ["color-slate-800", ["color-white", "color-slate-50", "color-slate-100", "color-slate-200"]],
  ["color-slate-700", ["color-white", "color-slate-50", "color-slate-100"]],
  ["color-slate-600", ["color-white", "color-slate-50", "color-slate-100", "color-emerald-50"]],
  ["color-white", ["color-slate-800", "color-emerald-800", "color-blue-800", "color-blue-900"]],
  ["color-blue-800", ["color-white", "color-slate-50", "color-slate-100"]],
  ["color-blue-900", ["color-white", "color-slate-50"]],
  ["color-emerald-800", ["color-white", "color-slate-100"]],
  ["color-amber-950", ["color-amber-50", "color-amber-100", "color-amber-200"]],
  ["color-red-800", ["color-white", "color-red-50"]],
  ["color-red-900", ["color-red-50"]],
];

describe("contrast", () => {
  it("matches the WCAG reference values", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBe(1);
    // The colours this palette replaced: below 3:1 on white.
    expect(contrast("#E69F00", "#ffffff")).toBeCloseTo(2.25, 2);
    expect(contrast("#9ca3af", "#ffffff")).toBeCloseTo(2.54, 2);
  });
});

describe("chart colours", () => {
  const entries = Object.entries(CHART_PALETTE) as [ChartColor, (typeof CHART_PALETTE)[ChartColor]][];

  it.each(entries)("--chart-%s in index.css holds the palette's light and dark values", (name, pair) => {
    // Prettier writes the stylesheet's hex digits in lower case.
    expect(tokens.get(`chart-${name}`)).toEqual({ light: pair.light.toLowerCase(), dark: pair.dark.toLowerCase() });
  });

  it("are drawn through their theme token, light where a browser has none", () => {
    for (const [name, pair] of entries) expect(COLORS[name]).toBe(`var(--chart-${name}, ${pair.light})`);
  });

  it("are the surfaces they are drawn on", () => {
    for (const theme of THEMES) expect(CHART_PALETTE.surface[theme]).toBe(token("color-white", theme));
  });

  const marks = entries.filter(([name]) => !NOT_MARKS.has(name));
  describe.each(THEMES)("in the %s theme", (theme) => {
    it.each(marks)("%s is at least 3:1 (4.5:1 for text) against every chart background", (name, pair) => {
      const minimum = CHART_TEXT.has(name) ? 4.5 : 3;
      for (const background of CHART_BACKGROUNDS)
        expect(contrast(pair[theme], token(background, theme)), background).toBeGreaterThanOrEqual(minimum);
    });
  });

  it("keeps the two investment directions and the trade series apart", () => {
    for (const theme of THEMES) {
      expect(CHART_PALETTE.usToAz[theme]).not.toBe(CHART_PALETTE.azToUs[theme]);
      expect(CHART_PALETTE.imports[theme]).not.toBe(CHART_PALETTE.exports[theme]);
    }
  });
});

describe("interface text", () => {
  describe.each(THEMES)("in the %s theme", (theme) => {
    it.each(TEXT_PAIRS)("%s is at least 4.5:1 on each of its backgrounds", (text, backgrounds) => {
      for (const background of backgrounds)
        expect(contrast(token(text, theme), token(background, theme)), background).toBeGreaterThanOrEqual(4.5);
    });

    it("has a focus ring of at least 3:1 against the surfaces", () => {
      for (const background of ["color-white", "color-slate-50"])
        expect(contrast(token("focus-ring", theme), token(background, theme))).toBeGreaterThanOrEqual(3);
    });

    it("has control borders of at least 3:1 against the surface", () => {
      expect(contrast(token("color-slate-400", theme), token("color-white", theme))).toBeGreaterThanOrEqual(
        theme === "dark" ? 3 : 2.5,
      );
    });
  });
});
