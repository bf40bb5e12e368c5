import { useCallback, useMemo } from "react";
import { PanelScaffold } from "../../components/panel-scaffold";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import { useFilterStore } from "../../state/filter-store";
import { CompaniesBody } from "./companies-body";
import { companiesTable } from "./companies.table";
import { buildCompaniesView } from "./companies.transform";

export function CompaniesPanel() {
  const companies = useResource("companies");
  const dates = useSources().value?.dates;
  const sectors = useFilterStore((s) => s.sectors);
  const view = useMemo(
    () => (companies.data ? buildCompaniesView(companies.data, sectors) : null),
    [companies.data, sectors],
  );
  const getTable = useCallback(
    () => (view && companies.data && dates ? companiesTable(view, companies.data.companies, sectors, dates) : null),
    [view, companies.data, sectors, dates],
  );
  return (
    <PanelScaffold panel="companies" queries={[companies]} ready={view !== null} getTable={getTable} filters="sectors">
      {(asTable) => view && <CompaniesBody view={view} sectors={sectors} table={asTable ? getTable : null} />}
    </PanelScaffold>
  );
}
