import { memo } from "react";
import { Bar, CartesianGrid, Cell, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "../../components/chart-box";
import { SelectedYearBand } from "../../components/selected-year-band";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import { COLORS } from "../../lib/colors";
import { perLocale } from "../../lib/format";
import { t } from "../../lib/messages";
import { niceTicks } from "../../lib/ticks";
import { useFilterStore } from "../../state/filter-store";
import { AxisBreakMarks, AxisUnit, MilestoneMarks, YearTick } from "./trade-chart-marks";
import { TradeTooltip } from "./trade-chart-tooltip";
import { axisBreaks, milestonePlacements } from "./trade-turnover.chart-marks";
import { segments, type TradeChartRow } from "./trade-turnover.chart-rows";

interface Props {
  /** One row per year with figures: the axis holds only these years. */
  rows: TradeChartRow[];
  /** Years with milestones (stable per loaded file); only those within the chart's span are drawn. */
  milestones?: readonly MilestoneMarker[];
}

const NO_MILESTONES: readonly MilestoneMarker[] = [];
/** Axis ticks in the subtitle's unit, USD million: 1500 → "1,500". */
const tickNumber = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
const formatTick = (value: number) => tickNumber().format(value);

/**
 * Shaped rows in, SVG out. Clicking a year's bars selects it. The selected year's outline is
 * drawn by SelectedYearBand, which reads the year itself: a year change does not redraw the chart.
 * The lines are drawn one segment at a time, so they never join across a break in the axis or
 * into a year whose figures come from different bases.
 */
export const TradeTurnoverChart = memo(function TradeTurnoverChart({ rows, milestones = NO_MILESTONES }: Props) {
  const selectYear = useFilterStore((s) => s.selectYear);
  const breaks = axisBreaks(rows);
  const placements = milestonePlacements(milestones, rows);
  const values = rows
    .flatMap((r) => [r.imports, r.exports, r.turnover, r.balance])
    .filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  return (
    <ChartBox>
      <ComposedChart
        accessibilityLayer={false}
        data={rows}
        margin={{ top: 22, right: 8, bottom: 0, left: 0 }}
        onClick={(state) => {
          const label = state.activeLabel;
          if (label !== undefined && label !== null && Number.isFinite(Number(label))) selectYear(Number(label));
        }}
        style={{ cursor: "pointer" }}
      >
        <defs>
          <pattern id="hatch-imports" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={COLORS.surface} />
            <rect width="3" height="6" fill={COLORS.imports} />
          </pattern>
          <pattern id="hatch-exports" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={COLORS.surface} />
            <rect width="3" height="6" fill={COLORS.exports} />
          </pattern>
        </defs>
        <AxisUnit />
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="year" interval={0} tick={<YearTick bands={rows.length} />} stroke={COLORS.axis} />
        <YAxis
          ticks={ticks}
          domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0]}
          tickFormatter={formatTick}
          tick={{ fontSize: 12, fill: COLORS.axis }}
          stroke={COLORS.axis}
          width={56}
        />
        <Tooltip
          content={<TradeTooltip rows={rows} milestones={milestones} />}
          // Recharts keeps the box inside the plot, which starts after the y axis: it fits what is left.
          wrapperStyle={{ maxWidth: "min(18rem, calc(100% - 64px))", zIndex: 10 }}
        />
        <MilestoneMarks placements={placements} />
        <Bar dataKey="imports" name={t("trade.imports")} fill={COLORS.imports} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.year} fill={r.importsOtherBasis ? "url(#hatch-imports)" : COLORS.imports} />
          ))}
        </Bar>
        <Bar dataKey="exports" name={t("trade.exports")} fill={COLORS.exports} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.year} fill={r.exportsOtherBasis ? "url(#hatch-exports)" : COLORS.exports} />
          ))}
        </Bar>
        {segments(rows).map((k) => (
          <Line
            key={`turnover-${k}`}
            dataKey={(r: TradeChartRow) => (r.segment === k ? r.turnover : null)}
            name={t("trade.turnover")}
            stroke={COLORS.turnover}
            strokeWidth={2}
            dot={{ r: 4, fill: COLORS.surface }}
            activeDot={{ stroke: COLORS.surface }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        {segments(rows).map((k) => (
          <Line
            key={`balance-${k}`}
            dataKey={(r: TradeChartRow) => (r.segment === k ? r.balance : null)}
            name={t("trade.balance")}
            stroke={COLORS.balance}
            strokeWidth={2}
            strokeDasharray="6 3"
            dot={{ r: 4, strokeWidth: 2, strokeDasharray: "0", fill: COLORS.surface }}
            activeDot={{ stroke: COLORS.surface }}
            connectNulls={false}
            isAnimationActive={false}
          />
        ))}
        <AxisBreakMarks breaks={breaks} />
        <SelectedYearBand />
      </ComposedChart>
    </ChartBox>
  );
});
