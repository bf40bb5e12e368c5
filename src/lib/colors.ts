/**
 * Chart colours, one pair per role: the light theme's and the dark theme's. The light ones are
 * the Okabe–Ito palette, darkened where needed so every mark is at least 3:1 against the white
 * chart background (WCAG 1.4.11): orange #E69F00 → #B06E00, reddish purple #CC79A7 → #B35C95,
 * grey #9ca3af → #6b7280; the dark ones are the palette's lighter members, at least 3:1 against
 * the dark surfaces. Distinguishable with the common colour-vision deficiencies; shapes,
 * patterns and labels carry meaning too, never colour alone.
 *
 * Charts never hold a colour literal: they draw with `var(--chart-…)`, whose two values are
 * declared in the theme-tokens block of src/index.css (colors.test.ts checks that block against
 * this table and every pair's contrast). So a chart captured by the prerender, or drawn before
 * the reader switches the theme, is right in both themes; an export resolves them to the light
 * values (src/export/serialize-chart.ts).
 */
export const CHART_PALETTE = {
  imports: { light: "#0072B2", dark: "#56B4E9" },
  exports: { light: "#D55E00", dark: "#EF7B3A" },
  turnover: { light: "#1f2937", dark: "#e2e8f0" },
  balance: { light: "#B35C95", dark: "#D68FBD" },
  usToAz: { light: "#0072B2", dark: "#56B4E9" },
  azToUs: { light: "#B06E00", dark: "#E69F00" },
  /** The derived "other products" remainder: grey and hatched. */
  other: { light: "#6b7280", dark: "#9ca3af" },
  highlight: { light: "#009E73", dark: "#1FB58A" },
  /** Bars outside the selected sectors: drawn as outlines in this grey. */
  muted: { light: "#7f8a9c", dark: "#8b95a7" },
  /** Milestone markers on the trade chart's axis. */
  milestone: { light: "#64748b", dark: "#94a3b8" },
  /** The outline around the selected year's band. */
  band: { light: "#0f172a", dark: "#f1f5f9" },
  /** Axis lines and tick labels (text: at least 4.5:1). */
  axis: { light: "#475569", dark: "#a3b1c4" },
  /** Labels drawn in a chart next to its bars (text: at least 4.5:1). */
  ink: { light: "#334155", dark: "#cbd5e1" },
  /** Grid lines: a faint guide, not a mark. */
  grid: { light: "#e2e8f0", dark: "#334155" },
  /** The chart's own background where a mark needs one (hatching, hollow markers). */
  surface: { light: "#ffffff", dark: "#0f172a" },
} as const;

export type ChartColor = keyof typeof CHART_PALETTE;

/** `var(--chart-imports, #0072B2)`: a theme token, light where the browser has no theme support. */
const token = (name: ChartColor) => `var(--chart-${name}, ${CHART_PALETTE[name].light})`;

export const COLORS = Object.fromEntries(
  Object.keys(CHART_PALETTE).map((name) => [name, token(name as ChartColor)]),
) as Record<ChartColor, string>;
