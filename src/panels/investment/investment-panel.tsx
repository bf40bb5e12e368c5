import { useCallback, useMemo } from "react";
import { PanelScaffold } from "../../components/panel-scaffold";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import { useCompareYear, useFocusYear } from "../../state/focus-year";
import { InvestmentBody } from "./investment-body";
import { investmentTable } from "./investment.table";
import { buildInvestmentBase, focusInvestment, latestFlowYear } from "./investment.transform";

export function InvestmentPanel() {
  const investment = useResource("investment");
  const dates = useSources().value?.dates ?? null;
  const base = useMemo(
    () => (investment.data && dates ? buildInvestmentBase(investment.data.records, dates) : null),
    [investment.data, dates],
  );
  // Without trade data there is no default year: fall back to the latest year with a flow figure.
  const year = useFocusYear(base ? latestFlowYear(base) : null);
  const vs = useCompareYear(base ? latestFlowYear(base) : null);
  const view = useMemo(
    () =>
      base && investment.data && dates && year !== null
        ? focusInvestment(base, investment.data.records, year, dates)
        : null,
    [base, investment.data, dates, year],
  );
  const getTable = useCallback(() => (base ? investmentTable(base, year) : null), [base, year]);
  return (
    <PanelScaffold
      panel="fdi"
      queries={[investment]}
      ready={view !== null}
      getTable={getTable}
      filters="year"
      year={year}
    >
      {(asTable) =>
        base &&
        view &&
        year !== null && <InvestmentBody base={base} view={view} year={year} vs={vs} asTable={asTable} />
      }
    </PanelScaffold>
  );
}
