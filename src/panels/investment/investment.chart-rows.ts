/** Pure view-model shaping for the investment panel's charts: rows, points, titles, text alternatives, legends. */
import type { LegendItem } from "../../components/chart-legend";
import type { InvestmentRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { COLORS } from "../../lib/colors";
import { formatDate, formatPeriod, formatQualified, formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import { yearStarts } from "../../lib/ticks";
import type { Direction, FlowGroup } from "./investment.transform";

export interface FlowBarRow {
  label: string;
  year: number;
  usToAz: number | null;
  azToUs: number | null;
  /** The values as stated, with their qualifier ("more than $133M"), for text alternatives. */
  usToAzLabel: string | null;
  azToUsLabel: string | null;
}

export interface StockPoint {
  time: number;
  value: number;
  /** As stated, with its qualifier: "more than $13,000M". */
  label: string;
  /** "about" or "more than": drawn hollow, so it does not read as an exact figure. */
  qualified: boolean;
}

export function directionLabel(direction: Direction): string {
  return t(direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs");
}

/** One bar pair per period of the group, with the values as stated for the text alternative. */
export function flowRows(group: FlowGroup): FlowBarRow[] {
  return group.periods.map((p) => ({
    label: formatPeriod(p.start, p.end),
    year: p.year,
    usToAz: p.usToAz?.primary.value ?? null,
    azToUs: p.azToUs?.primary.value ?? null,
    usToAzLabel: p.usToAz ? formatQualified(p.usToAz.primary.value, "USD million", p.usToAz.primary.qualifier) : null,
    azToUsLabel: p.azToUs ? formatQualified(p.azToUs.primary.value, "USD million", p.azToUs.primary.qualifier) : null,
  }));
}

/** The category (period label) of a year on a flow chart's axis, or undefined when the group has no period then. */
export function flowCategory(rows: readonly FlowBarRow[], year: number): string | undefined {
  return rows.find((r) => r.year === year)?.label;
}

/** The year of a clicked category on a flow chart's axis. */
export function flowYearOf(rows: readonly FlowBarRow[], label: unknown): number | undefined {
  return rows.find((r) => r.label === label)?.year;
}

/** "Flows, full years" or "Flows, Jan–Sep" (the period without its year). */
export function groupTitle(group: FlowGroup): string {
  if (group.shape === "full") return t("fdi.flowsFull");
  const first = group.periods[0];
  const span = first ? formatPeriod(first.start, first.end).replace(/\s\d{4}$/, "") : group.shape;
  return t("fdi.flowsPartial", { period: span });
}

/**
 * The text alternative of a flow chart, its takeaway first: the latest period with both
 * directions as stated, then where every value is. "Investment flows, latest of 2 periods
 * (Jan–Sep 2025): U.S. → Azerbaijan $133.24M, Azerbaijan → U.S. $77.621M. Every value is in the Table view."
 */
export function flowChartLabel(rows: readonly FlowBarRow[]): string {
  const latest = rows.at(-1);
  if (!latest) return t("fdi.chartSummaryNone");
  return t("fdi.chartSummary", {
    count: rows.length,
    period: latest.label,
    usToAz: latest.usToAzLabel ?? t("fdi.notInSources"),
    azToUs: latest.azToUsLabel ?? t("fdi.notInSources"),
  });
}

/** Every year with a flow figure, ascending. */
export function flowYears(groups: readonly FlowGroup[]): number[] {
  return [...new Set(groups.flatMap((g) => g.periods.map((p) => p.year)))].sort((a, b) => a - b);
}

/** Dated all-sector stock statements of one direction, as points on a time axis. */
export function stockPoints(stocks: readonly Figure<InvestmentRecord>[], direction: Direction): StockPoint[] {
  return stocks
    .filter(
      (f) => f.primary.direction === direction && f.primary.scope === "all_sectors" && f.primary.periodEnd !== null,
    )
    .map((f) => ({
      time: Date.parse(`${f.primary.periodEnd ?? ""}T00:00:00Z`),
      value: f.primary.value,
      label: formatStated(f.primary),
      qualified: f.primary.qualifier !== "exact",
    }));
}

/** The latest statement of a direction (the first of equally dated ones), or undefined. */
function latestPoint(points: readonly StockPoint[]): StockPoint | undefined {
  return points.reduce<StockPoint | undefined>((best, p) => (best && best.time >= p.time ? best : p), undefined);
}

/**
 * The text alternative of the stock chart, its takeaway first: the latest statement each way,
 * as stated and dated, then that the statements are no series, then where every value is.
 */
export function stockChartLabel(usToAz: readonly StockPoint[], azToUs: readonly StockPoint[]): string {
  const parts = (
    [
      ["us_to_az", latestPoint(usToAz)],
      ["az_to_us", latestPoint(azToUs)],
    ] as const
  ).flatMap(([direction, p]) =>
    p
      ? [
          t("fdi.stockLatest", {
            direction: directionLabel(direction),
            value: p.label,
            date: formatDate(new Date(p.time).toISOString().slice(0, 10)),
          }),
        ]
      : [],
  );
  return t("fdi.stockSummary", { summary: parts.join("; ") });
}

const HALF_YEAR_MS = 180 * 86_400_000;

/** The stock chart's time axis: yearly ticks and a domain padded by half a year each side. */
export function stockAxis(points: readonly StockPoint[]): { domain: [number, number]; ticks: number[] } {
  const times = points.map((p) => p.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const ticks = yearStarts(times);
  return { domain: [Math.min(min - HALF_YEAR_MS, ticks[0] ?? min), max + HALF_YEAR_MS], ticks };
}

export interface StockSeries {
  key: string;
  name: string;
  points: StockPoint[];
  color: string;
  qualified: boolean;
  shape: "circle" | "triangle";
}

/** Exact statements filled, "about"/"more than" hollow; U.S.→Azerbaijan circles, Azerbaijan→U.S. triangles. */
export function stockSeries(usToAz: readonly StockPoint[], azToUs: readonly StockPoint[]): StockSeries[] {
  const directions = [
    ["us_to_az", usToAz, COLORS.usToAz, "circle"],
    ["az_to_us", azToUs, COLORS.azToUs, "triangle"],
  ] as const;
  return directions.flatMap(([direction, points, color, shape]) =>
    [false, true].map((qualified) => ({
      key: `${direction}-${String(qualified)}`,
      name: directionLabel(direction),
      points: points.filter((p) => p.qualified === qualified),
      color,
      qualified,
      shape,
    })),
  );
}

/** Legend of the flow charts (solid vs hatched, as drawn); built at render so it follows the language. */
export function flowLegend(): LegendItem[] {
  return [
    { label: t("fdi.usToAz"), color: COLORS.usToAz, shape: "square" },
    { label: t("fdi.azToUs"), color: COLORS.azToUs, shape: "hatched" },
  ];
}

/** Legend of the stock chart; built at render so it follows the language. */
export function stockLegend(): LegendItem[] {
  return [
    { label: t("fdi.usToAz"), color: COLORS.usToAz, shape: "circle" },
    { label: t("fdi.azToUs"), color: COLORS.azToUs, shape: "triangle" },
    { label: t("fdi.qualifiedLegend"), color: COLORS.axis, shape: "hollow-circle" },
  ];
}
