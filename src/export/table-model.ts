/**
 * A panel's data as a table: one row per figure (long format), so every value keeps its own
 * period, qualifier, basis and sources. The same model feeds the on-screen table and the CSV.
 */
import type {
  Basis,
  CompanyCount,
  InvestmentRecord,
  ProductRecord,
  Qualifier,
  TradeRecord,
  Unit,
} from "../data-source/schema";
import type { Figure } from "../data-source/versions";
import { formatPeriod } from "../lib/format";
import type { Derived } from "../lib/derived";
import type { FileNameParts } from "./file-name";
import type { PanelKey } from "../lib/panels";

export type FigureRecord = TradeRecord | ProductRecord | InvestmentRecord | CompanyCount;

export interface TableRow {
  key: string;
  /** One text per `TableModel.labelHeaders` (what the value is: measure, product, direction…). */
  labels: string[];
  periodStart: string | null;
  periodEnd: string | null;
  /** How the period is said when the default wording does not fit (an event's date); else null. */
  periodLabel?: string | null;
  /** Null for rows that are events, not figures (the Milestones panel). */
  value: number | null;
  unit: Unit | null;
  qualifier: Qualifier;
  basis: Basis | null;
  reporter: string | null;
  /** How a derived value was computed ("exports − imports"); null for a sourced figure. */
  derived: string | null;
  /** The record itself, or for a derived value the records it was computed from. */
  recordIds: string[];
  /** The sources of the record, or of every record a derived value was computed from. */
  sourceIds: string[];
  /** The sourced figure with all its versions; null for derived values. */
  figure: Figure<FigureRecord> | null;
  /** In the selected year: highlighted on screen. */
  current: boolean;
}

export interface TableModel {
  panel: PanelKey;
  /** The panel's title ("Trade turnover"), also the start of file names and image titles. */
  title: string;
  caption: string;
  labelHeaders: string[];
  rows: TableRow[];
  /** What the downloaded files are named after (see file-name.ts). */
  file: FileNameParts;
}

/** A row for one sourced figure (its primary version). */
export function figureRow(
  figure: Figure<FigureRecord>,
  labels: string[],
  options: { current?: boolean; key?: string } = {},
): TableRow {
  const r = figure.primary;
  return {
    key: options.key ?? r.id,
    labels,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    value: r.value,
    unit: r.unit,
    qualifier: r.qualifier,
    basis: "basis" in r ? r.basis : null,
    reporter: r.reporter,
    derived: null,
    recordIds: [r.id],
    sourceIds: [...r.sourceIds],
    figure,
    current: options.current ?? false,
  };
}

/** A row for a value computed in code from the given records (never typed into the dataset). */
export function derivedRow(
  derived: Derived,
  /** The sources of the records it was computed from. */
  inputSourceIds: readonly string[],
  row: {
    key: string;
    labels: string[];
    how: string;
    unit: Unit;
    periodStart: string | null;
    periodEnd: string | null;
    basis?: Basis | null;
    current?: boolean;
  },
): TableRow {
  return {
    key: row.key,
    labels: row.labels,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    value: derived.value,
    unit: row.unit,
    qualifier: "exact",
    basis: row.basis ?? null,
    reporter: null,
    derived: row.how,
    recordIds: [...derived.fromIds],
    sourceIds: [...new Set(inputSourceIds)],
    figure: null,
    current: row.current ?? false,
  };
}

/** The one unit every row shares, or null when they differ (then each value states its unit). */
export function sharedUnit(model: TableModel): Unit | null {
  const units = new Set(model.rows.flatMap((r) => (r.unit === null ? [] : [r.unit])));
  const [only] = units;
  return units.size === 1 && only !== undefined ? only : null;
}

/** Calendar years the rows cover (by period end, else start). */
export function yearSpan(model: TableModel): { first: number; last: number } | null {
  const years = model.rows
    .map((r) => r.periodEnd ?? r.periodStart)
    .filter((d): d is string => d !== null)
    .map((d) => Number(d.slice(0, 4)));
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/** False for a table of events (no row has a value): its value, unit and qualifier columns are left out. */
export function hasValues(model: TableModel): boolean {
  return model.rows.some((r) => r.value !== null);
}

/** The period as shown: the row's own wording, else the standard one. */
export function periodText(row: TableRow): string {
  return row.periodLabel ?? formatPeriod(row.periodStart, row.periodEnd);
}
