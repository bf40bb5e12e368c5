import { useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { lazyChart } from "../../components/lazy-chart";
import { flowChartLabel, flowLegend, flowRows, groupTitle } from "./investment.chart-rows";
import type { FlowGroup } from "./investment.transform";

// recharts loads with the first live chart, not with the page (a prerendered drawing needs none).
const FlowChart = lazyChart(() => import("./flow-chart").then((m) => m.FlowChart));

/** Flows of one period shape: its chart (the selected year outlined); the figures are in the table view. */
export function FlowGroupView({ group }: { group: FlowGroup }) {
  const rows = useMemo(() => flowRows(group), [group]);
  const title = groupTitle(group);
  return (
    <div>
      <h3 className="subheading">{title}</h3>
      <ChartFigure id={`fdi-flows-${group.shape}`} height={200} label={flowChartLabel(rows)} legend={flowLegend()}>
        <FlowChart rows={rows} />
      </ChartFigure>
    </div>
  );
}
