import type { Figure } from "../data-source/versions";
import { formatStated } from "../lib/format";
import { t } from "../lib/messages";
import type { SourcedRecord } from "../lib/provenance";
import { figureName } from "./figure-name";
import { DerivedProvenance, FigureProvenance, type DerivedInput } from "./provenance-details";
import { usePrintNote } from "./print-note";
import { ProvenanceTrigger } from "./provenance-popover";

/**
 * The primary value of a figure, as a button that opens its provenance: sources, period,
 * unit, basis, wording. When sources disagree a visible "⚠ N versions" marker (text, not
 * only colour) sits in the button, and the popover lists every version side by side.
 */
export function FigureValue<T extends SourcedRecord>({
  figure,
  label,
}: {
  figure: Figure<T>;
  /**
   * What the figure is ("Turnover, 2025"). Defaults to what its record says it is, measure and
   * period ("U.S. rank among import sources, Jan–Oct 2025"), so the button names what it opens.
   */
  label?: string;
}) {
  const { primary } = figure;
  const value = formatStated(primary);
  const what = label ?? figureName(primary);
  const count = figure.versions.length;
  const printNote = usePrintNote(primary.sourceIds);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2" {...printNote}>
      <ProvenanceTrigger
        name={
          figure.conflict
            ? t("prov.triggerConflict", { label: what, value, count })
            : t("prov.trigger", { label: what, value })
        }
        title={`${what}: ${value}`}
        className="figure-trigger inline-flex flex-wrap items-baseline gap-x-1.5"
        content={() => <FigureProvenance figure={figure} />}
      >
        <span className="figure-number">{value}</span>
        {figure.conflict && (
          <span className="versions-badge whitespace-nowrap" title={t("common.versionsTitle", { count })}>
            <span aria-hidden="true">⚠ </span>
            {t("common.versions", { count })}
          </span>
        )}
      </ProvenanceTrigger>
      {primary.dateInferred && <span className="derived-tag">{t("common.inferred")}</span>}
    </span>
  );
}

/** A figure computed in code (balance, growth, remainder): opens how it was computed and from which records. */
export function DerivedValue({
  label,
  value,
  formula,
  inputs,
  moreInputs = 0,
}: {
  /** What the figure is ("Balance, 2025"). */
  label: string;
  /** Formatted value. */
  value: string;
  formula: string;
  inputs: readonly DerivedInput[];
  /** Inputs left out of `inputs`, said as a count. */
  moreInputs?: number;
}) {
  const printNote = usePrintNote(
    inputs.flatMap((input) => input.record.sourceIds),
    formula,
  );
  return (
    // No box of its own on screen; on paper, the line its printed sources follow (src/print.css).
    <span className="contents" {...printNote}>
      <ProvenanceTrigger
        name={t("prov.triggerDerived", { label, value })}
        title={`${label}: ${value}`}
        content={() => <DerivedProvenance formula={formula} inputs={inputs} moreInputs={moreInputs} />}
      >
        <span className="figure-number">{value}</span>
      </ProvenanceTrigger>
    </span>
  );
}
