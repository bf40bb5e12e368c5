import { FigureValue } from "../../components/figure-value";
import { SourceRefs, type SourceIndex } from "../../components/source-ref";
import type { TradeRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { formatQualified, formatUsdMillions } from "../../lib/format";
import { t } from "../../lib/messages";
import type { TradeSeries } from "./trade-turnover.transform";

function Cell({ figure, sources }: { figure: Figure<TradeRecord> | undefined; sources: SourceIndex }) {
  if (!figure) return <td className="text-slate-400">—</td>;
  return (
    <td>
      <FigureValue figure={figure} sources={sources} />
      <span className="block text-xs">
        <SourceRefs ids={figure.primary.sourceIds} sources={sources} />
      </span>
    </td>
  );
}

export function TradeTurnoverTable({
  series,
  sources,
  selectedYear,
}: {
  series: TradeSeries;
  sources: SourceIndex;
  selectedYear: number | null;
}) {
  const rows = series.years.filter((y) => y.turnover ?? y.imports ?? y.exports);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t("trade.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trade.year")}</th>
            <th scope="col">{t("trade.imports")}</th>
            <th scope="col">{t("trade.exports")}</th>
            <th scope="col">{t("trade.turnover")}</th>
            <th scope="col">{t("trade.balance")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((y) => (
            <tr key={y.year} aria-current={y.year === selectedYear ? "true" : undefined}>
              <th scope="row">{y.year}</th>
              <Cell figure={y.imports} sources={sources} />
              <Cell figure={y.exports} sources={sources} />
              <Cell figure={y.turnover} sources={sources} />
              <td className="tabular-nums">
                {y.balance ? formatUsdMillions(y.balance.value) : "—"}
                {y.reportedBalance && (
                  <span className="block text-xs text-slate-600">
                    {t("trade.reportedBalance", {
                      value: formatQualified(
                        y.reportedBalance.primary.value,
                        "USD million",
                        y.reportedBalance.primary.qualifier,
                      ),
                    })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
