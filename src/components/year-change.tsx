/**
 * A change between two years as the page says it: in words and with a sign ("up +$1,182.86M
 * (+207.5%)"), never by colour alone, as a derived figure whose provenance shows the formula and
 * both records with their sources; or, when the two are not like for like, the reason in words.
 */
import type { ReactNode } from "react";
import type { NoChange, VersionedFigure, YearComparison } from "../lib/compare";
import type { Change } from "../lib/derived";
import type { Unit } from "../lib/figure-terms";
import { formatChange, formatPeriod, formatStated, formatValue } from "../lib/format";
import { t } from "../lib/messages";
import type { SourcedRecord } from "../lib/provenance";
import { DerivedValue } from "./figure-value";
import { RichMessage } from "./rich-message";

type Changed<R extends SourcedRecord, F extends VersionedFigure<R> = VersionedFigure<R>> = Extract<
  YearComparison<R, F>,
  { kind: "change" }
>;

/** "+$1,182.86M" / "−$22.1M" / "±0": the sign always written, the amount in the records' unit. */
function signedAmount(value: number, unit: Unit): string {
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${formatValue(Math.abs(value), unit)}`;
}

/** "+12.9%" / "−12.9%": Intl's sign, with the minus sign the amounts use. */
function signedPercent(ratio: number): string {
  return formatChange(ratio).replace(/^-/, "−");
}

/** "+$1,182.86M (+207.5%)". */
function changeValueText(change: Change, unit: Unit): string {
  const amount = signedAmount(change.absolute, unit);
  return change.relative === null ? amount : `${amount} (${signedPercent(change.relative)})`;
}

function changeFormula(current: SourcedRecord, previous: SourcedRecord, change: Change): string {
  const values = {
    current: formatStated(current),
    previous: formatStated(previous),
    absolute: signedAmount(change.absolute, current.unit),
  };
  return change.relative === null
    ? t("prov.formula.changeAbsolute", values)
    : t("prov.formula.change", { ...values, percent: signedPercent(change.relative) });
}

const describeRecord = (measure: string, r: SourcedRecord) => `${measure}, ${formatPeriod(r.periodStart, r.periodEnd)}`;

/** "up +$1,182.86M (+207.5%)", the amount a button that opens the formula and both records. */
export function ChangePhrase<R extends SourcedRecord>({
  comparison,
  measure,
  year,
  vs,
}: {
  comparison: Changed<R>;
  measure: string;
  year: number;
  vs: number;
}) {
  const { change, current, previous } = comparison;
  const direction = change.absolute > 0 ? "up" : change.absolute < 0 ? "down" : "same";
  return (
    <RichMessage
      id="compare.change"
      values={{
        direction,
        value: (
          <DerivedValue
            label={t("compare.changeName", { measure, year, vs })}
            value={changeValueText(change, current.primary.unit)}
            formula={changeFormula(current.primary, previous.primary, change)}
            inputs={[current.primary, previous.primary].map((record) => ({
              label: describeRecord(measure, record),
              record,
            }))}
          />
        ),
      }}
    />
  );
}

/** Why there is no change, as a clause: "the sources give no figure for 2022". */
export function noChangeReason<R extends SourcedRecord>(why: NoChange<R>, year: number, vs: number): string {
  switch (why.reason) {
    case "missing":
      return why.year === null ? t("compare.why.missingBoth") : t("compare.why.missing", { year: why.year });
    case "no_like_period":
      return t("compare.why.noLikePeriod", {
        year: why.year,
        period: formatPeriod(why.period.start, why.period.end),
        other: why.year === year ? vs : year,
      });
    case "qualified":
      return t("compare.why.qualified", {
        period: formatPeriod(why.record.periodStart, why.record.periodEnd),
        stated: formatStated(why.record),
      });
    case "basis":
      return t("compare.why.basis");
  }
}

/** One measure compared: both figures and the change, or the reason there is none. */
export function ComparisonItem<R extends SourcedRecord, F extends VersionedFigure<R>>({
  measure,
  result,
  year,
  vs,
  figure,
}: {
  measure: string;
  result: YearComparison<R, F>;
  year: number;
  vs: number;
  /** Renders a side's figure as its provenance button. */
  figure: (side: F, label: string) => ReactNode;
}) {
  if (result.kind === "none")
    return <li>{t("compare.itemNone", { measure, reason: noChangeReason(result.why, year, vs) })}</li>;
  const { current, previous } = result;
  const values = {
    measure,
    year,
    vs,
    current: figure(current, describeRecord(measure, current.primary)),
    previous: figure(previous, describeRecord(measure, previous.primary)),
    change: <ChangePhrase comparison={result} measure={measure} year={year} vs={vs} />,
    period: formatPeriod(current.primary.periodStart, current.primary.periodEnd),
  };
  return (
    <li>
      <RichMessage id={result.fullYear ? "compare.itemFull" : "compare.itemPeriod"} values={values} />
    </li>
  );
}

/** The comparison section of a panel: a heading naming both years, the items, and a word on disagreeing sources. */
export function CompareBlock({
  year,
  vs,
  conflict,
  children,
}: {
  year: number;
  vs: number;
  /** Some compared figure has versions that disagree. */
  conflict: boolean;
  children: ReactNode;
}) {
  return (
    <div className="compare-block rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
      <h3 className="subheading">{t("compare.heading", { year, vs })}</h3>
      <ul className="m-0 list-none space-y-1 p-0">{children}</ul>
      {conflict && <p className="mt-1 text-xs text-slate-600">{t("compare.primaryUsed")}</p>}
    </div>
  );
}
