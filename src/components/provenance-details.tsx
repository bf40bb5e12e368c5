import { explainPrimary } from "../data-source/primary-explain";
import { DataText, SourceWords } from "./data-text";
import type { Figure } from "../data-source/versions";
import { formatChange, formatPeriod, formatValue, formatStated } from "../lib/format";
import { t } from "../lib/messages";
import { versionSpread, type SourcedRecord } from "../lib/provenance";
import { RecordDetails, SourceEntry } from "./source-entry";
import { sourceLabel } from "./source-ref";
import { useSourceDates, useSourceIndex } from "./sources-context";

const stated = (r: SourcedRecord) => formatStated(r);

/** A figure's provenance: its sources; with several versions, all of them side by side, the spread and the rule. */
export function FigureProvenance<T extends SourcedRecord>({ figure }: { figure: Figure<T> }) {
  if (figure.versions.length < 2) return <RecordDetails record={figure.primary} />;
  return (
    <div className="space-y-2">
      <VersionsTable figure={figure} />
      <SpreadLine versions={figure.versions} />
      <RuleExplanation figure={figure} />
      <details>
        <summary className="cursor-pointer font-medium">
          {t("prov.primaryDetails", { value: stated(figure.primary) })}
        </summary>
        <RecordDetails record={figure.primary} />
      </details>
    </div>
  );
}

function VersionsTable<T extends SourcedRecord>({ figure }: { figure: Figure<T> }) {
  const sources = useSourceIndex();
  const caption = figure.conflict
    ? t("prov.versionsConflict", { count: figure.versions.length })
    : t("prov.versionsSame", { count: figure.versions.length });
  return (
    <div className="table-scroll">
      <table className="provenance-versions">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("prov.col.value")}</th>
            <th scope="col">{t("prov.col.statedAs")}</th>
            <th scope="col">{t("prov.col.period")}</th>
            <th scope="col">{t("prov.col.source")}</th>
          </tr>
        </thead>
        <tbody>
          {figure.versions.map((v, i) => [
            <tr key={v.id} className={v.note ? "has-note" : undefined}>
              <th scope="row" className="tabular-nums">
                {stated(v)}
                {i === 0 && <span className="primary-tag">{t("prov.primaryTag")}</span>}
              </th>
              <td>
                “<SourceWords text={v.statedAs} />”
              </td>
              <td>
                {formatPeriod(v.periodStart, v.periodEnd)}
                {v.dateInferred && <span className="block text-slate-600">{t("common.inferred")}</span>}
                {v.basis && <span className="block text-slate-600">{t(`basis.${v.basis}`)}</span>}
              </td>
              <td>
                <span className="block">
                  <DataText record={v} field="reporter" text={v.reporter} />
                </span>
                <ul className="m-0 list-none p-0">
                  {v.sourceIds.map((id) => {
                    const s = sources.get(id);
                    return (
                      <li key={id}>
                        <a href={`#source-${id}`} className="provenance-link">
                          {s ? sourceLabel(s) : id}
                        </a>
                      </li>
                    );
                  })}
                </ul>
              </td>
            </tr>,
            v.note && (
              <tr key={`${v.id}-note`}>
                <td colSpan={4} className="text-slate-600 italic">
                  {t("prov.note", { note: v.note })}
                </td>
              </tr>
            ),
          ])}
        </tbody>
      </table>
    </div>
  );
}

function SpreadLine({ versions }: { versions: readonly SourcedRecord[] }) {
  const spread = versionSpread(versions);
  const [primary] = versions;
  if (!spread || !primary || spread.value === 0) return null;
  return (
    <p className="m-0">
      <span className="derived-tag">{t("common.derived")}</span>{" "}
      {t("prov.spread", {
        value: formatValue(spread.value, primary.unit),
        max: formatValue(spread.max, primary.unit),
        min: formatValue(spread.min, primary.unit),
        percent: spread.ofPrimary === null ? "–" : formatChange(spread.ofPrimary).replace(/^\+/, ""),
      })}
      {spread.qualified && ` ${t("prov.spreadQualified")}`}
    </p>
  );
}

function RuleExplanation<T extends SourcedRecord>({ figure }: { figure: Figure<T> }) {
  const explanation = explainPrimary(figure, useSourceDates());
  if (!explanation) return null;
  return (
    <div>
      <p className="m-0 font-medium">{t("prov.ruleHeading", { value: stated(figure.primary) })}</p>
      <ul className="m-0 list-disc pl-4">
        {explanation.steps.map((s) => (
          <li key={s.step}>{t(`prov.rule.${s.step}`, { versions: s.beaten.map(stated).join("; ") })}</li>
        ))}
      </ul>
    </div>
  );
}

export interface DerivedInput {
  /** What the input is: "Exports to U.S., 2025". */
  label: string;
  record: SourcedRecord;
}

/** How a derived figure was computed, and every record it rests on with its sources. */
export function DerivedProvenance({
  formula,
  inputs,
  moreInputs = 0,
}: {
  formula: string;
  inputs: readonly DerivedInput[];
  /** Inputs left out of `inputs` (a sum of thousands of records lists the first few). */
  moreInputs?: number;
}) {
  return (
    <div className="space-y-1">
      <p className="m-0">
        <span className="derived-tag">{t("common.derived")}</span> {t("prov.derivedIntro")}
      </p>
      <p className="m-0 font-medium tabular-nums">{formula}</p>
      <p className="m-0 font-medium">{t("prov.inputs")}</p>
      <ul className="m-0 list-none space-y-1 p-0">
        {inputs.map(({ label, record }) => (
          <li key={record.id} className="border-t border-slate-100 pt-1">
            <span className="font-medium">{label}</span>: <span className="tabular-nums">{stated(record)}</span> (
            {t("prov.statedAs", { text: record.statedAs })}, {record.reporter})
            <ul className="m-0 list-none p-0">
              {record.sourceIds.map((id) => (
                <SourceEntry key={id} id={id} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {moreInputs > 0 && <p className="m-0">{t("prov.inputsMore", { count: moreInputs })}</p>}
    </div>
  );
}
