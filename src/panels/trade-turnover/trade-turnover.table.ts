import { derivedRow, figureRow, yearSpan, type TableModel, type TableRow } from "../../export/table-model";
import { t } from "../../lib/messages";
import type { TradeSeries } from "./trade-turnover.transform";
import { panelTitle } from "../../lib/panels";

/** What the trade chart shows: each full year's imports, exports, turnover and balance (derived), plus a reported balance. */
export function tradeTable(series: TradeSeries, year: number | null): TableModel {
  const rows: TableRow[] = [];
  for (const y of series.years) {
    const current = y.year === year;
    if (y.imports) rows.push(figureRow(y.imports, [t("trade.imports")], { current }));
    if (y.exports) rows.push(figureRow(y.exports, [t("trade.exports")], { current }));
    if (y.turnover) rows.push(figureRow(y.turnover, [t("trade.turnover")], { current }));
    if (y.balance && y.imports && y.exports) {
      const exp = y.exports.primary;
      const imp = y.imports.primary;
      rows.push(
        derivedRow(y.balance, [...exp.sourceIds, ...imp.sourceIds], {
          key: `balance-${y.year}`,
          labels: [t("trade.balance")],
          how: t("trade.balanceHow"),
          unit: "USD million",
          periodStart: `${y.year}-01-01`,
          periodEnd: `${y.year}-12-31`,
          basis: exp.basis === imp.basis ? exp.basis : null,
          current,
        }),
      );
    }
    if (y.reportedBalance) rows.push(figureRow(y.reportedBalance, [t("trade.metric.balance")], { current }));
  }
  const model: TableModel = {
    panel: "trade",
    title: panelTitle("trade"),
    caption: t("trade.tableCaption"),
    labelHeaders: [t("table.measure")],
    rows,
    file: { panel: "trade", years: null },
  };
  return { ...model, file: { ...model.file, years: yearSpan(model) } };
}
