import type { SourceDates } from "../../data-source/primary";
import type { InvestmentRecord } from "../../data-source/schema";
import { buildFigures, pairWith, periodKey, periodYear, type Figure } from "../../data-source/versions";
import { isFullYear } from "../../lib/format";

export type Direction = InvestmentRecord["direction"];

interface FlowPeriod {
  key: string;
  start: string;
  end: string;
  year: number;
  usToAz?: Figure<InvestmentRecord>;
  azToUs?: Figure<InvestmentRecord>;
  /**
   * The growth a source reports with the flow ("3.9 times more"), its primary from the same
   * source as the flow's primary (pairWith), so a flow and its multiple never mix articles.
   */
  usToAzGrowth?: Figure<InvestmentRecord>;
  azToUsGrowth?: Figure<InvestmentRecord>;
}

/** Flows of one period shape (full years, or Jan–Sep of each year): only these compare like for like. */
export interface FlowGroup {
  /** "full" or the month-day span, e.g. "01-01..09-30". */
  shape: string;
  periods: FlowPeriod[];
}

export interface LikeForLike {
  direction: Direction;
  current: FlowPeriod;
  previous: FlowPeriod;
  change: number;
  fromIds: string[];
}

export interface InvestmentView {
  groups: FlowGroup[];
  /** Groups holding a period in the selected year. */
  groupsInYear: FlowGroup[];
  growth: LikeForLike[];
  stocks: Figure<InvestmentRecord>[];
  standing: Figure<InvestmentRecord>[];
  indicators: Figure<InvestmentRecord>[];
  reportedGrowth: ReadonlyMap<string, Figure<InvestmentRecord>>;
}

function shapeOf(r: { periodStart: string | null; periodEnd: string | null }): string {
  if (isFullYear(r.periodStart, r.periodEnd)) return "full";
  return `${r.periodStart?.slice(5) ?? "…"}..${r.periodEnd?.slice(5) ?? "…"}`;
}

const FIELD: Record<Direction, "usToAz" | "azToUs"> = {
  us_to_az: "usToAz",
  az_to_us: "azToUs",
};

/** The year-independent part: computed once per dataset, so charts keep stable inputs across year changes. */
export interface InvestmentBase {
  groups: FlowGroup[];
  stocks: Figure<InvestmentRecord>[];
  /** Ranks and shares stated "as of" a date or undated (e.g. "second-largest investor"), not for a period. */
  standing: Figure<InvestmentRecord>[];
  /** Reported flow growth, each paired with its flow (see FlowPeriod), by figureKey. */
  reportedGrowth: ReadonlyMap<string, Figure<InvestmentRecord>>;
}

const GROWTH_FIELD: Record<Direction, "usToAzGrowth" | "azToUsGrowth"> = {
  us_to_az: "usToAzGrowth",
  az_to_us: "azToUsGrowth",
};

export function buildInvestmentView(
  records: readonly InvestmentRecord[],
  year: number,
  dates: SourceDates,
): InvestmentView {
  return focusInvestment(buildInvestmentBase(records, dates), records, year, dates);
}

export function buildInvestmentBase(records: readonly InvestmentRecord[], dates: SourceDates): InvestmentBase {
  const allSectors = records.filter((r) => r.scope === "all_sectors");
  const flows = buildFigures(
    allSectors.filter((r) => r.metric === "flow" && r.periodStart !== null && r.periodEnd !== null),
    dates,
  );
  const groupsByShape = new Map<string, Map<string, FlowPeriod>>();
  for (const figure of flows.values()) {
    const r = figure.primary;
    if (r.periodStart === null || r.periodEnd === null) continue;
    const shape = shapeOf(r);
    const periods = groupsByShape.get(shape) ?? new Map<string, FlowPeriod>();
    const key = periodKey(r);
    const period = periods.get(key) ?? {
      key,
      start: r.periodStart,
      end: r.periodEnd,
      year: Number(r.periodEnd.slice(0, 4)),
    };
    period[FIELD[r.direction]] = figure;
    periods.set(key, period);
    groupsByShape.set(shape, periods);
  }
  const reportedGrowth = new Map<string, Figure<InvestmentRecord>>();
  for (const [key, figure] of buildFigures(
    allSectors.filter((r) => r.metric === "flow_growth" && r.periodStart !== null),
    dates,
  )) {
    const r = figure.primary;
    const period = groupsByShape.get(shapeOf(r))?.get(periodKey(r));
    const flow = period?.[FIELD[r.direction]];
    const paired = flow ? pairWith(figure, flow) : figure;
    if (period) period[GROWTH_FIELD[r.direction]] = paired;
    reportedGrowth.set(key, paired);
  }
  const groups: FlowGroup[] = [...groupsByShape.entries()]
    .map(([shape, periods]) => ({
      shape,
      periods: [...periods.values()].sort((a, b) => a.start.localeCompare(b.start)),
    }))
    .sort((a, b) => (a.shape === "full" ? -1 : b.shape === "full" ? 1 : a.shape.localeCompare(b.shape)));
  const stocks = [
    ...buildFigures(
      records.filter((r) => r.metric === "stock"),
      dates,
    ).values(),
  ].sort((a, b) => (a.primary.periodEnd ?? "9999").localeCompare(b.primary.periodEnd ?? "9999"));
  const standing = [
    ...buildFigures(
      records.filter((r) => r.metric !== "flow" && r.metric !== "stock" && r.periodStart === null),
      dates,
    ).values(),
  ].sort((a, b) => (a.primary.periodEnd ?? "9999").localeCompare(b.primary.periodEnd ?? "9999"));
  return { groups, stocks, standing, reportedGrowth };
}

export function latestFlowYear(base: InvestmentBase): number | null {
  const years = base.groups.flatMap((g) => g.periods.map((p) => p.year));
  return years.length > 0 ? Math.max(...years) : null;
}

export function focusInvestment(
  base: InvestmentBase,
  records: readonly InvestmentRecord[],
  year: number,
  dates: SourceDates,
): InvestmentView {
  const { groups, stocks, standing, reportedGrowth } = base;
  const groupsInYear = groups.filter((g) => g.periods.some((p) => p.year === year));

  const growth: LikeForLike[] = [];
  for (const group of groupsInYear) {
    const current = group.periods.find((p) => p.year === year);
    const previous = group.periods.find((p) => p.year === year - 1);
    if (!current || !previous) continue;
    for (const direction of ["us_to_az", "az_to_us"] as const) {
      const a = current[FIELD[direction]]?.primary;
      const b = previous[FIELD[direction]]?.primary;
      if (a && b && a.qualifier === "exact" && b.qualifier === "exact") {
        growth.push({
          direction,
          current,
          previous,
          change: a.value / b.value - 1,
          fromIds: [a.id, b.id],
        });
      }
    }
  }

  // A reported growth is the one paired with its flow (the same object the flow period holds).
  const indicators = [
    ...buildFigures(
      records.filter(
        (r) => r.metric !== "flow" && r.metric !== "stock" && r.periodStart !== null && periodYear(r) === year,
      ),
      dates,
    ),
  ].map(([key, figure]) => reportedGrowth.get(key) ?? figure);
  return { groups, groupsInYear, growth, stocks, standing, indicators, reportedGrowth };
}
