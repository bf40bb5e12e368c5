import { useCallback, useMemo, useState } from "react";
import { PanelScaffold } from "../../components/panel-scaffold";
import { useResource } from "../../data-source/queries";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { MilestonesBody } from "./milestones-body";
import { milestonesTable } from "./milestones.table";
import { buildTimeline } from "./milestones.transform";

export function MilestonesPanel() {
  const milestones = useResource("milestones");
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  // Held here so the table, the CSV and the list show the same events.
  const [showOtherSectors, setShowOtherSectors] = useState(false);
  const toggleOtherSectors = useCallback(() => setShowOtherSectors((v) => !v), []);
  const list = milestones.data?.milestones;
  const view = useMemo(
    () => (list ? buildTimeline(list, year, sectors, showOtherSectors) : null),
    [list, year, sectors, showOtherSectors],
  );
  const getTable = useCallback(() => (view ? milestonesTable(view, sectors) : null), [view, sectors]);
  return (
    <PanelScaffold panel="milestones" queries={[milestones]} ready={view !== null} getTable={getTable} filters="both">
      {(asTable) =>
        view && (
          <MilestonesBody
            view={view}
            year={year}
            sectors={sectors}
            showOtherSectors={showOtherSectors}
            onToggleOtherSectors={toggleOtherSectors}
            asTable={asTable}
            getTable={getTable}
          />
        )
      }
    </PanelScaffold>
  );
}
