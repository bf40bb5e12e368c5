import { DerivedValue } from "../../components/figure-value";
import type { TradeRecord } from "../../data-source/schema";
import type { Derived } from "../../lib/derived";
import { formatChange, formatPeriod, formatUsdMillions, formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import { derivedInputs } from "../../lib/provenance";
import { weakMemo } from "../../lib/weak-memo";
import type { TradeSeries } from "./trade-turnover.transform";

/** Every primary full-year record of the series: what its derived values are computed from. */
const primaries = weakMemo((series: TradeSeries): TradeRecord[] =>
  series.years.flatMap((y) => [y.imports, y.exports, y.turnover].flatMap((f) => (f ? [f.primary] : []))),
);

const describe = (r: TradeRecord) => `${t(`trade.metric.${r.metric}`)}, ${formatPeriod(r.periodStart, r.periodEnd)}`;
const stated = (r: TradeRecord) => formatStated(r);

function inputsOf(derived: Derived, series: TradeSeries) {
  return derivedInputs(derived, primaries(series)).map((record) => ({ label: describe(record), record }));
}

/** Balance = exports − imports of the primary figures, opening both records and their sources. */
export function BalanceValue({ balance, year, series }: { balance: Derived; year: number; series: TradeSeries }) {
  const inputs = inputsOf(balance, series);
  const [exports, imports] = inputs;
  const value = formatUsdMillions(balance.value);
  return (
    <DerivedValue
      label={`${t("headline.balance")}, ${year}`}
      value={value}
      formula={t("prov.formula.balance", {
        exports: exports ? stated(exports.record) : "?",
        imports: imports ? stated(imports.record) : "?",
        result: value,
      })}
      inputs={inputs}
    />
  );
}

/** Turnover growth on the previous year, from the two primary turnover figures. */
export function GrowthValue({
  growth,
  year,
  series,
}: {
  growth: Derived & { previousYear: number };
  year: number;
  series: TradeSeries;
}) {
  const inputs = inputsOf(growth, series);
  const [current, previous] = inputs;
  const value = formatChange(growth.value);
  return (
    <DerivedValue
      label={`${t("headline.growth")}, ${year} ${t("headline.growthVs", { year: growth.previousYear })}`}
      value={value}
      formula={t("prov.formula.growth", {
        current: current ? stated(current.record) : "?",
        previous: previous ? stated(previous.record) : "?",
        result: value,
      })}
      inputs={inputs}
    />
  );
}
