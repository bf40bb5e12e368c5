import { useEffect, useRef, type ReactNode } from "react";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { usePanelContext } from "./panel-context";

/**
 * The slot of one chart: a labelled image (the text alternative says what the chart shows),
 * its legend, and its registration with the panel, so downloads get the chart by ref.
 * `data-chart` tells the benchmark and the end-to-end tests that a chart belongs here.
 */
export function ChartFigure({
  label,
  legend,
  children,
}: {
  /** The chart's text alternative. */
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
        {children}
      </div>
      {legend && legend.length > 0 && <ChartLegend ref={legendRef} items={legend} />}
    </>
  );
}
