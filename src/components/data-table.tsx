import type { TableModel, TableRow } from "../export/table-model";
import { hasValues, periodText, sharedUnit } from "../export/table-model";
import { formatQualified } from "../lib/format";
import { t } from "../lib/messages";
import { FigureValue } from "./figure-value";
import { SourceRefs } from "./source-ref";

/**
 * A panel's data as an accessible table: caption, column and row header cells, the unit in
 * the value header, values right-aligned through Intl with their qualifier ("about", "more
 * than"), sourced values through FigureValue (so their versions and provenance open here too).
 */
export function DataTable({
  model,
  captionHidden = false,
}: {
  model: TableModel;
  /** When a heading right above already says what the table is. */
  captionHidden?: boolean;
}) {
  const unit = sharedUnit(model);
  const showBasis = model.rows.some((r) => r.basis !== null);
  const showValues = hasValues(model);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className={captionHidden ? "sr-only" : undefined}>{model.caption}</caption>
        <thead>
          <tr>
            {model.labelHeaders.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
            {showValues && (
              <th scope="col" className="text-right">
                {unit ? t("export.col.valueIn", { unit: t(`unit.${unit}`) }) : t("common.value")}
              </th>
            )}
            <th scope="col">{t("common.period")}</th>
            {showBasis && <th scope="col">{t("export.col.basis")}</th>}
            <th scope="col">{t("common.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {model.rows.map((row) => (
            <Row key={row.key} row={row} showBasis={showBasis} showValues={showValues} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row, showBasis, showValues }: { row: TableRow; showBasis: boolean; showValues: boolean }) {
  const [first, ...rest] = row.labels;
  return (
    <tr aria-current={row.current ? "true" : undefined}>
      <th scope="row" className="font-medium">
        {first}
      </th>
      {rest.map((label, i) => (
        <td key={i}>{label}</td>
      ))}
      {showValues && (
        <td className="num text-right">
          {row.figure ? (
            <FigureValue figure={row.figure} />
          ) : row.value !== null && row.unit !== null ? (
            <span className="inline-flex flex-wrap items-baseline justify-end gap-x-2">
              <span className="font-semibold tabular-nums">{formatQualified(row.value, row.unit, row.qualifier)}</span>
              {row.derived && <span className="derived-tag">{t("common.derived")}</span>}
            </span>
          ) : null}
        </td>
      )}
      <td className="whitespace-nowrap">{periodText(row)}</td>
      {showBasis && <td className="text-xs">{row.basis ? t(`basis.${row.basis}`) : ""}</td>}
      <td className="text-xs">
        {row.derived && <span className="block text-slate-700">{t("table.derivedHow", { how: row.derived })}</span>}
        <SourceRefs ids={row.sourceIds} />
      </td>
    </tr>
  );
}
