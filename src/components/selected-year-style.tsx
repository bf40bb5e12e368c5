/**
 * Highlights the marks of one year inside a chart wrapper by CSS alone, so a year change
 * does not re-render the (memoised) chart. Marks carry the class `yr-<year>` (see Cell).
 */
export function SelectedYearStyle({ scope, year }: { scope: string; year: number | null }) {
  if (year === null) return null;
  return <style>{`.${scope} .recharts-bar-rectangle path.yr-${year} { fill-opacity: 1; }`}</style>;
}

export function yearClass(year: number): string {
  return `yr-${year}`;
}
