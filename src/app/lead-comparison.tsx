import type { ReactNode } from "react";
import { FigureValue } from "../components/figure-value";
import { RichMessage } from "../components/rich-message";
import { ChangePhrase, noChangeReason } from "../components/year-change";
import { formatPeriod } from "../lib/format";
import { t } from "../lib/messages";
import type { LeadModel } from "./lead.transform";

/**
 * The lead's turnover sentence when a comparison year is chosen: the change on that year in the
 * sentence itself when both are full years; otherwise the plain sentence (`children`) followed by
 * the same months of both years, or by why the two are not compared.
 */
export function LeadComparison({
  year,
  comparison,
  turnover,
  children,
}: {
  year: number;
  comparison: NonNullable<LeadModel["comparison"]>;
  /** The focus year's turnover button, when it has a full-year figure. */
  turnover?: ReactNode;
  children?: ReactNode;
}) {
  const { vs, result } = comparison;
  const measure = t("headline.turnover");
  if (result.kind === "none")
    return (
      <>
        {children}
        {children && " "}
        {t("lead.compareNone", { vs, reason: noChangeReason(result.why, year, vs) })}
      </>
    );
  const change = <ChangePhrase comparison={result} measure={measure} year={year} vs={vs} />;
  const previous = (
    <FigureValue
      figure={result.previous}
      label={`${measure}, ${formatPeriod(result.previous.primary.periodStart, result.previous.primary.periodEnd)}`}
    />
  );
  if (result.fullYear && turnover)
    return <RichMessage id="lead.compareChange" values={{ year, vs, turnover, previous, change }} />;
  const { periodStart, periodEnd } = result.current.primary;
  const period = formatPeriod(periodStart, periodEnd);
  return (
    <>
      {children}
      {children && " "}
      <RichMessage
        id="lead.comparePeriod"
        values={{
          period,
          vs,
          change,
          previous,
          current: <FigureValue figure={result.current} label={`${measure}, ${period}`} />,
        }}
      />
    </>
  );
}
