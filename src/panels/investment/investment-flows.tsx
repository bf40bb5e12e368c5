import { useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { DataTable } from "../../components/data-table";
import { FlowChart } from "./flow-chart";
import { flowChartLabel, flowLegend, flowRows, groupTitle } from "./investment.chart-rows";
import { flowGroupTable } from "./investment.table";
import type { FlowGroup } from "./investment.transform";

/** Flows of one period shape: its chart (the selected year outlined) and its table. */
export function FlowGroupView({ group, year }: { group: FlowGroup; year: number }) {
  const rows = useMemo(() => flowRows(group), [group]);
  const title = groupTitle(group);
  const table = useMemo(() => flowGroupTable(group, title, year), [group, title, year]);
  return (
    <div>
      <h3 className="subheading">{title}</h3>
      <ChartFigure label={flowChartLabel(rows)} legend={flowLegend()}>
        <FlowChart rows={rows} />
      </ChartFigure>
      <DataTable model={table} captionHidden />
    </div>
  );
}
