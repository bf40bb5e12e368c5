import { COLORS } from "../lib/colors";
import { useId } from "react";

/**
 * A page-unique id for an SVG <pattern>, safe inside `url(#…)` (React's ids hold characters
 * that are not), so two charts of one kind on the page never share a pattern.
 */
export function usePatternId(name: string): string {
  return `${name}-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
}

/**
 * Diagonal stripes of `color` on the chart surface, for a <defs> inside a chart: marks a series by
 * pattern as well as by colour (WCAG 1.4.1), drawn like the legend's "hatched" swatch.
 */
export function HatchPattern({ id, color }: { id: string; color: string }) {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
      <rect width="6" height="6" fill={COLORS.surface} />
      <rect width="3" height="6" fill={color} />
    </pattern>
  );
}
