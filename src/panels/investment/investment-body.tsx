import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { YearLinks } from "../../components/year-links";
import { formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import { FlowGroupView } from "./investment-flows";
import { GrowthList } from "./investment-growth";
import { StocksView } from "./investment-stocks";
import { flowYears } from "./investment.chart-rows";
import { investmentTable } from "./investment.table";
import type { InvestmentView } from "./investment.transform";
import { StatementItem } from "./statement-item";

export function InvestmentBody({ view, year, asTable }: { view: InvestmentView; year: number; asTable: boolean }) {
  const table = useMemo(() => (asTable ? investmentTable(view, year) : null), [asTable, view, year]);
  return (
    <>
      {view.groupsInYear.length === 0 && <NoFlows view={view} year={year} />}
      {/* Every period shape stays on screen (the selected year outlined), so a year change never remounts a chart. */}
      {table && <DataTable model={table} />}
      {!table && view.groups.map((group) => <FlowGroupView key={group.shape} group={group} year={year} />)}
      <GrowthList growth={view.growth} />
      <div className="text-sm">
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
      {!table && <StocksView stocks={view.stocks} standing={view.standing} />}
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
