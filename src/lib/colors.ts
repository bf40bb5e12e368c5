/**
 * Okabe–Ito palette, darkened where needed so every mark is at least 3:1 against the white
 * chart background (WCAG 1.4.11; checked by colors.test.ts): orange #E69F00 → #B06E00,
 * reddish purple #CC79A7 → #B35C95, grey #9ca3af → #6b7280. Distinguishable with the common
 * colour-vision deficiencies; shapes, patterns and labels carry meaning too, never colour alone.
 */
export const COLORS = {
  imports: "#0072B2",
  exports: "#D55E00",
  turnover: "#1f2937",
  balance: "#B35C95",
  usToAz: "#0072B2",
  azToUs: "#B06E00",
  /** The derived "other products" remainder: grey and hatched. */
  other: "#6b7280",
  highlight: "#009E73",
  /** Bars outside the selected sectors: drawn as outlines in this grey. */
  muted: "#7f8a9c",
} as const;
