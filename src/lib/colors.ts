/** Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. Shapes and labels carry meaning too. */
export const COLORS = {
  imports: "#0072B2",
  exports: "#D55E00",
  turnover: "#1f2937",
  balance: "#CC79A7",
  usToAz: "#0072B2",
  azToUs: "#E69F00",
  other: "#9ca3af",
  highlight: "#009E73",
  muted: "#cbd5e1",
} as const;
