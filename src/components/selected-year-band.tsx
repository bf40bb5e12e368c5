import { COLORS } from "../lib/colors";
import { usePlotArea, useXAxisScale } from "recharts";
import { useFocusYear } from "../state/focus-year";

/**
 * Drawn inside a recharts chart whose category axis holds years: a dark outline around the
 * selected year's band (a shape cue, not a colour one; no bar loses contrast). It reads the
 * year from the store itself, so a year change redraws this one rectangle, not the chart.
 * `toCategory` maps a year to the axis value (the year itself, or a period label).
 */
export function SelectedYearBand({ toCategory }: { toCategory?: (year: number) => unknown }) {
  const year = useFocusYear();
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (year === null || !scale || !plot) return null;
  const category = toCategory ? toCategory(year) : year;
  if (category === undefined) return null;
  const start = scale(category, { position: "start" });
  const end = scale(category, { position: "end" });
  if (start === undefined || end === undefined || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  return (
    <rect
      data-selected-year={year}
      x={start}
      y={plot.y}
      width={Math.max(2, end - start)}
      height={plot.height}
      fill="none"
      stroke={COLORS.band}
      strokeWidth={2}
      pointerEvents="none"
    />
  );
}
