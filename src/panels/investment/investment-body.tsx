import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { LazyDetails } from "../../components/lazy-details";
import { YearLinks } from "../../components/year-links";
import { formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import { InvestmentAnswer } from "./investment-answer";
import { InvestmentCompare } from "./investment-compare";
import { FlowGroupView } from "./investment-flows";
import { GrowthList } from "./investment-growth";
import { StockList, StocksView } from "./investment-stocks";
import { flowYears } from "./investment.chart-rows";
import { investmentTable } from "./investment.table";
import type { InvestmentBase, InvestmentView } from "./investment.transform";
import { StatementItem } from "./statement-item";

/** Answer first (latest flows, latest stock), then the charts, then the detail behind one disclosure. */
export function InvestmentBody({
  base,
  view,
  year,
  vs,
  asTable,
}: {
  base: InvestmentBase;
  view: InvestmentView;
  year: number;
  /** The year compared with `year`, or null. */
  vs: number | null;
  asTable: boolean;
}) {
  const table = useMemo(() => (asTable ? investmentTable(view, year) : null), [asTable, view, year]);
  return (
    <>
      <InvestmentAnswer base={base} year={year} />
      {vs !== null && <InvestmentCompare base={base} year={year} vs={vs} />}
      {view.groupsInYear.length === 0 && <NoFlows view={view} year={year} />}
      {/* Every period shape stays on screen (the selected year outlined), so a year change never remounts a chart. */}
      {table && <DataTable model={table} />}
      {!table && view.groups.map((group) => <FlowGroupView key={group.shape} group={group} />)}
      {!table && <StocksView stocks={view.stocks} />}
      <LazyDetails
        className="rounded-md border border-slate-200 px-3 py-1 text-sm"
        summary={t("fdi.moreForYear", { year })}
      >
        {() => (
          <div className="space-y-3 pb-2">
            <GrowthList growth={view.growth} />
            <div>
              <h3 className="subheading">{t("fdi.indicators", { year })}</h3>
              {view.indicators.length === 0 ? (
                <p className="empty-note">{t("fdi.noIndicators", { year })}</p>
              ) : (
                <ul className="space-y-1">
                  {view.indicators.map((f) => (
                    <StatementItem key={f.primary.id} figure={f} />
                  ))}
                </ul>
              )}
            </div>
            {view.standing.length > 0 && (
              <ul className="space-y-1">
                {view.standing.map((f) => (
                  <StatementItem key={f.primary.id} figure={f} />
                ))}
              </ul>
            )}
            <div>
              <h3 className="subheading">{t("fdi.stockList", { count: view.stocks.length })}</h3>
              <StockList stocks={view.stocks} />
            </div>
          </div>
        )}
      </LazyDetails>
    </>
  );
}

/** The empty state of a year without flows, with the way to the years that have them. */
function NoFlows({ view, year }: { view: InvestmentView; year: number }) {
  const years = useMemo(() => flowYears(view.groups), [view.groups]);
  return (
    <div className="empty-note">
      <p>{t("fdi.noFlows", { year })}</p>
      <p>
        {t("fdi.flowYears", { years: formatList(years.map(String)) })} <YearLinks years={years} />
      </p>
    </div>
  );
}
