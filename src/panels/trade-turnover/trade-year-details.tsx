import { FigureValue } from "../../components/figure-value";
import { SourceRefs } from "../../components/source-ref";
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
            <li key={f.primary.id}>
              {t(`trade.metric.${f.primary.metric}`)} ({formatPeriod(f.primary.periodStart, f.primary.periodEnd)}):{" "}
              <FigureValue figure={f} />{" "}
              <span className="text-xs">
                — <SourceRefs ids={f.primary.sourceIds} />
              </span>
            </li>
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
              <li key={p.key}>
                {formatPeriod(p.figure.primary.periodStart, p.figure.primary.periodEnd)} ·{" "}
                {t(`trade.metric.${p.metric}`)}: <FigureValue figure={p.figure} />{" "}
                <span className="text-xs">
                  — <SourceRefs ids={p.figure.primary.sourceIds} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
