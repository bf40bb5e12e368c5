/**
 * CSV of a table model: RFC 4180 (CRLF line ends, fields with a comma, quote or line break
 * quoted, quotes doubled), UTF-8 with a byte-order mark so Excel reads "→" and "–" right.
 * Numbers are written as stored (1752.96, never "1,752.96"); dates as ISO.
 */
import type { DataVersion } from "../data-source/data-version";
import type { Source } from "../data-source/schema";
import { t } from "../lib/messages";
import { sourceAddress, sourceName } from "./citation";
import { hasValues, periodText, sharedUnit, type TableModel, type TableRow } from "./table-model";

export const CSV_BOM = "\uFEFF";

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(",");
}

function sourceText(id: string, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(id);
  if (!s) return id;
  return `${s.publisher} (${s.published ?? t("common.undated")})`;
}

/** The document's address, else its name (publisher, title, date): never an internal file name. */
function sourceLink(id: string, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(id);
  if (!s) return "";
  return sourceAddress(s) ?? sourceName(s);
}

function otherVersions(row: TableRow, sources: ReadonlyMap<string, Source>): string {
  if (!row.figure) return "";
  return row.figure.versions
    .slice(1)
    .map(
      (v) =>
        `${v.qualifier === "exact" ? "" : `${t(`qualifier.${v.qualifier}`)} `}${v.value} [${v.sourceIds.map((id) => sourceText(id, sources)).join("; ")}]`,
    )
    .join("; ");
}

/** A table of events (no values) has no value, unit, qualifier, basis, derivation or versions columns. */
function csvHeader(model: TableModel): string[] {
  const unit = sharedUnit(model);
  const figures = hasValues(model);
  return [
    ...model.labelHeaders,
    t("common.period"),
    t("export.col.periodStart"),
    t("export.col.periodEnd"),
    ...(figures
      ? [
          unit ? t("export.col.valueIn", { unit: t(`unit.${unit}`) }) : t("common.value"),
          t("export.col.unit"),
          t("export.col.qualifier"),
          t("export.col.basis"),
          t("export.col.derived"),
          t("export.col.reporter"),
        ]
      : []),
    t("common.sources"),
    t("export.col.sourceLinks"),
    t("export.col.recordIds"),
    ...(figures ? [t("export.col.otherVersions")] : []),
  ];
}

function csvRow(row: TableRow, sources: ReadonlyMap<string, Source>, figures = true): (string | number | null)[] {
  return [
    ...row.labels,
    periodText(row),
    row.periodStart,
    row.periodEnd,
    ...(figures
      ? [
          row.value,
          row.unit === null ? null : t(`unit.${row.unit}`),
          row.value === null ? null : t(`qualifier.${row.qualifier}`),
          row.basis ? t(`basis.${row.basis}`) : null,
          row.derived,
          row.reporter,
        ]
      : []),
    row.sourceIds.map((id) => sourceText(id, sources)).join("; "),
    row.sourceIds.map((id) => sourceLink(id, sources)).join(" | "),
    row.recordIds.join(" "),
    ...(figures ? [otherVersions(row, sources)] : []),
  ];
}

/**
 * The whole file, BOM included. With the dataset's version, every row ends with it and the
 * date of the newest source (two last columns, so the file stays one plain table).
 */
export function toCsv(
  model: TableModel,
  sources: ReadonlyMap<string, Source>,
  version: DataVersion | null = null,
): string {
  const figures = hasValues(model);
  const extraHeader = version ? [t("version.csvVersion"), t("version.csvUpdated")] : [];
  const extra = version ? [version.version, version.lastUpdated] : [];
  const lines = [
    csvLine([...csvHeader(model), ...extraHeader]),
    ...model.rows.map((r) => csvLine([...csvRow(r, sources, figures), ...extra])),
  ];
  return `${CSV_BOM}${lines.join("\r\n")}\r\n`;
}
