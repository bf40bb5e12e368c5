import { useCallback, useMemo } from "react";
import { PanelScaffold } from "../../components/panel-scaffold";
import { useSources } from "../../components/use-sources";
import { useResource, useResourceResponse } from "../../data-source/queries";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { ExportCompositionBody } from "./export-composition-body";
import { exportTable } from "./export-composition.table";
import { buildExportComposition } from "./export-composition.transform";

export function ExportCompositionPanel() {
  const year = useFocusYear();
  // Only the selected year's products are fetched; meta.years says which years have any.
  const products = useResourceResponse("exportProducts", year === null ? {} : { year }, year !== null);
  const trade = useResource("trade");
  const dates = useSources().value?.dates;
  const sectors = useFilterStore((s) => s.sectors);
  const view = useMemo(() => {
    if (!products.data || !trade.data || !dates || year === null) return null;
    return buildExportComposition(
      {
        products: products.data.data.records,
        named: products.data.data.namedProducts,
        trade: trade.data.records,
        productYears: products.data.meta.years,
      },
      year,
      sectors,
      dates,
    );
  }, [products.data, trade.data, dates, year, sectors]);
  const getTable = useCallback(() => (view ? exportTable(view, sectors) : null), [view, sectors]);

  return (
    <PanelScaffold panel="exports" queries={[products, trade]} ready={view !== null} getTable={getTable} filters="both">
      {(asTable) => view && <ExportCompositionBody asTable={asTable} view={view} sectors={sectors} />}
    </PanelScaffold>
  );
}
