import type { ReactNode } from "react";
import { FigureValue } from "../../components/figure-value";
import type { TradeRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { t } from "../../lib/messages";
import { useFocusYear } from "../../state/focus-year";
import { BalanceValue, GrowthValue } from "./trade-derived";
import { partialsInYear, turnoverGrowth } from "./trade-turnover.transform";
import { useTradeSeries } from "./use-trade-series";

/** Turnover, imports, exports, balance and growth for the focus year, above the panels. */
export function HeadlineStrip() {
  const { sources, series } = useTradeSeries();
  const year = useFocusYear();
  if (!series || !sources.value || year === null) return null;
  const row = series.years.find((y) => y.year === year);
  const growth = turnoverGrowth(series, year);
  const hasPartials = partialsInYear(series, year).length > 0;
  // A year without full-year figures (2026, reached from a milestone) opens on what the sources
  // do give (the lead and the trade panel's partial-year figures), not on a row of blanks.
  if (!row)
    return hasPartials ? (
      <p className="mx-auto w-full max-w-7xl px-4 text-sm text-slate-700">{t("headline.partialOnly", { year })}</p>
    ) : null;
  return (
    <section aria-label={t("headline.label", { year })} className="mx-auto w-full max-w-7xl px-4">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        <Stat label={t("headline.turnover")}>
          {figureOrMissing(row?.turnover, `${t("headline.turnover")}, ${year}`)}
        </Stat>
        <Stat label={t("headline.imports")}>{figureOrMissing(row?.imports, `${t("headline.imports")}, ${year}`)}</Stat>
        <Stat label={t("headline.exports")}>{figureOrMissing(row?.exports, `${t("headline.exports")}, ${year}`)}</Stat>
        <Stat label={t("headline.balance")} derived={row?.balance !== undefined}>
          {row?.balance ? <BalanceValue key={year} balance={row.balance} year={year} series={series} /> : <Missing />}
        </Stat>
        <Stat
          label={
            growth
              ? `${t("headline.growth")} ${t("headline.growthVs", { year: growth.previousYear })}`
              : t("headline.growth")
          }
          derived={growth !== null}
        >
          {growth ? <GrowthValue key={year} growth={growth} year={year} series={series} /> : <Missing />}
        </Stat>
      </dl>
    </section>
  );
}

function figureOrMissing(figure: Figure<TradeRecord> | undefined, label: string) {
  // Keyed by record: a version list opened for one year closes when the year changes.
  return figure ? <FigureValue key={figure.primary.id} figure={figure} label={label} /> : <Missing />;
}

function Missing() {
  return <span className="text-slate-500">{t("headline.noFigure")}</span>;
}

function Stat({ label, derived = false, children }: { label: string; derived?: boolean; children: ReactNode }) {
  return (
    <div className="rounded-md border border-slate-200 bg-white px-3 py-2">
      <dt className="text-xs text-slate-600">
        {label} {derived && <span className="derived-tag">{t("headline.derived")}</span>}
      </dt>
      <dd className="m-0 text-base">{children}</dd>
    </div>
  );
}
