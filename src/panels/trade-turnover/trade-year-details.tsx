import { FigureItem } from "../../components/figure-item";
import { formatChange, formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import { indicatorsInYear, partialsInYear, turnoverGrowth, type TradeSeries } from "./trade-turnover.transform";

/** The selected year's reported indicators (growth, ranks, shares) and its partial-year figures. */
export function YearDetails({ series, year }: { series: TradeSeries; year: number }) {
  const partials = partialsInYear(series, year);
  const indicators = indicatorsInYear(series, year);
  const growth = turnoverGrowth(series, year);
  return (
    <div className="grid gap-3 text-sm md:grid-cols-2">
      <div>
        <h3 className="subheading">{t("trade.reportedIndicators", { year })}</h3>
        {indicators.length === 0 && !growth && <p className="empty-note">{t("trade.noIndicators", { year })}</p>}
        <ul className="space-y-1">
          {growth && (
            <li>
              {t("headline.growth")} {t("headline.growthVs", { year: growth.previousYear })}:{" "}
              <strong className="tabular-nums">{formatChange(growth.value)}</strong>{" "}
              <span className="derived-tag">{t("common.derived")}</span>
            </li>
          )}
          {indicators.map((f) => (
            <FigureItem
              key={f.primary.id}
              label={`${t(`trade.metric.${f.primary.metric}`)} (${formatPeriod(f.primary.periodStart, f.primary.periodEnd)})`}
              figure={f}
            />
          ))}
        </ul>
      </div>
      <div>
        <h3 className="subheading">{t("trade.partialTitle")}</h3>
        {partials.length === 0 ? (
          <p className="empty-note">{t("trade.noPartial")}</p>
        ) : (
          <ul className="space-y-1">
            {partials.map((p) => (
              <FigureItem
                key={p.key}
                label={`${formatPeriod(p.figure.primary.periodStart, p.figure.primary.periodEnd)} · ${t(`trade.metric.${p.metric}`)}`}
                figure={p.figure}
              />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
