import { COLORS } from "../lib/colors";

/**
 * recharts' own defaults are light-theme literals (axes #666, a white tooltip box, a #ccc hover
 * band): charts pass these instead, in theme tokens, so they read in both themes.
 */
export const AXIS_TICK = { fontSize: 12, fill: COLORS.axis } as const;

export const TOOLTIP_THEME = {
  contentStyle: {
    backgroundColor: "var(--color-white, #fff)",
    borderColor: "var(--color-slate-300, #cbd5e1)",
    color: "var(--color-slate-800, #1e293b)",
  },
  itemStyle: { color: "var(--color-slate-800, #1e293b)" },
  cursor: { fill: COLORS.grid },
} as const;
