import { useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { FlowChart } from "./flow-chart";
import { flowChartLabel, flowLegend, flowRows, groupTitle } from "./investment.chart-rows";
import type { FlowGroup } from "./investment.transform";

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
