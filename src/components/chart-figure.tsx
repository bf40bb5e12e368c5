import { useEffect, useRef, type ReactNode } from "react";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { usePanelContext } from "./panel-context";

/**
 * The slot of one chart: a labelled image (the text alternative leads with the chart's
 * takeaway and points to the table view), its legend, and its registration with the panel,
 * so downloads get the chart by ref. The drawing itself is hidden from assistive technology,
 * so a screen reader announces the text alternative, not the tick labels of the <svg>; nothing
 * inside is focusable (recharts' accessibility layer is off), so nothing hidden takes focus.
 * `data-chart` tells the benchmark and the end-to-end tests that a chart belongs here.
 */
export function ChartFigure({
  label,
  legend,
  children,
}: {
  /** The chart's text alternative: its takeaway in a sentence or two, then where the values are. */
  label: string;
  legend?: readonly LegendItem[];
  children: ReactNode;
}) {
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const panel = usePanelContext();
  const register = panel?.registerChart;
  useEffect(() => {
    const chart = chartRef.current;
    if (!register || !chart) return undefined;
    // The legend is read when a download asks for it: it may appear after the chart.
    return register({
      chart,
      get legend() {
        return legendRef.current;
      },
    });
  }, [register]);
  return (
    <>
      <div ref={chartRef} role="img" data-chart="" aria-label={label}>
        <div aria-hidden="true">{children}</div>
      </div>
      {legend && legend.length > 0 && <ChartLegend ref={legendRef} items={legend} />}
    </>
  );
}
