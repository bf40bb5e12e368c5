import type { TableModel, TableRow } from "../export/table-model";
import { hasValues, periodText, sharedUnit } from "../export/table-model";
import { formatQualified } from "../lib/format";
import { t } from "../lib/messages";
import { useState } from "react";
import { FigureValue } from "./figure-value";
import { SourceRefs } from "./source-ref";
import { initialPage, TABLE_PAGE_SIZE, TablePager } from "./table-pager";

/**
 * A panel's data as an accessible table: caption, column and row header cells, the unit in
 * the value header, values right-aligned through Intl with their qualifier ("about", "more
 * than"), sourced values through FigureValue (so their versions and provenance open here too).
 * More than TABLE_PAGE_SIZE rows are paged (a product-level dataset has thousands); the CSV,
 * built from the same model, always holds every row.
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
  // A new model (another year, other sectors) opens on its own first page (or its selected year's).
  const [paging, setPaging] = useState(() => ({ model, page: initialPage(model.rows) }));
  if (paging.model !== model) setPaging({ model, page: initialPage(model.rows) });
  const paged = model.rows.length > TABLE_PAGE_SIZE;
  const page = paging.model === model ? paging.page : initialPage(model.rows);
  const rows = paged ? model.rows.slice(page * TABLE_PAGE_SIZE, (page + 1) * TABLE_PAGE_SIZE) : model.rows;
  return (
    <>
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
            {rows.map((row) => (
              <Row key={row.key} row={row} showBasis={showBasis} showValues={showValues} />
            ))}
          </tbody>
        </table>
      </div>
      {paged && (
        <TablePager
          page={page}
          total={model.rows.length}
          label={model.title}
          onPage={(p) => setPaging({ model, page: p })}
        />
      )}
    </>
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
