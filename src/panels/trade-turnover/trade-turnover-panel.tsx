import { useCallback } from "react";
import { PanelScaffold } from "../../components/panel-scaffold";
import { milestoneMarkers, type MilestoneMarker } from "../../data-source/milestone-years";
import { useResource } from "../../data-source/queries";
import { useCompareYear, useFocusYear } from "../../state/focus-year";
import { TradeTurnoverBody } from "./trade-turnover-body";
import { tradeTable } from "./trade-turnover.table";
import { useTradeSeries } from "./use-trade-series";

const NO_MARKERS: readonly MilestoneMarker[] = [];

export function TradeTurnoverPanel() {
  const { trade, series } = useTradeSeries();
  // Markers are optional: if the milestones fail to load, the chart is drawn without them.
  const milestones = useResource("milestones");
  const markers = milestones.data ? milestoneMarkers(milestones.data.milestones) : NO_MARKERS;
  const year = useFocusYear();
  const vs = useCompareYear();
  const getTable = useCallback(() => (series ? tradeTable(series, year) : null), [series, year]);
  return (
    <PanelScaffold panel="trade" queries={[trade]} ready={series !== null} getTable={getTable} filters="year">
      {(asTable) =>
        series && <TradeTurnoverBody series={series} year={year} vs={vs} markers={markers} asTable={asTable} />
      }
    </PanelScaffold>
  );
}
