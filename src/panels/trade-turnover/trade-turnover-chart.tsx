import { memo } from "react";
import {
  Bar,
  CartesianGrid,
  Cell,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { SelectedYearBand } from "../../components/selected-year-band";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import { COLORS } from "../../lib/colors";
import { formatUsdMillions, formatUsdMillionsCompact } from "../../lib/format";
import { t } from "../../lib/messages";
import { niceTicks } from "../../lib/ticks";
import { useFilterStore } from "../../state/filter-store";
import { MILESTONE_MARKER_COLOR, type TradeChartRow } from "./trade-turnover.chart-rows";

/** The tooltip line of one series: the value and where it comes from (balance: derived). */
function tooltipValue(value: unknown, item: { dataKey?: unknown; payload?: unknown }): string {
  const text = typeof value === "number" ? formatUsdMillions(value) : String(value);
  const row = item.payload as Partial<TradeChartRow> | undefined;
  const key = item.dataKey;
  if (key === "balance") return `${text} (${t("prov.chartDerived")})`;
  const source =
    key === "imports"
      ? row?.importsSource
      : key === "exports"
        ? row?.exportsSource
        : key === "turnover"
          ? row?.turnoverSource
          : null;
  return source ? `${text} — ${t("prov.chartSource", { sources: source })}` : text;
}

interface Props {
  rows: TradeChartRow[];
  /** Years with milestones (stable per loaded file); only years on the axis are drawn. */
  milestones?: readonly MilestoneMarker[];
}

/** A small triangle at the top of the plot, as drawn in the legend (shape "triangle"): the milestone marker. */
function MilestoneMark({ viewBox }: { viewBox?: { x?: number; y?: number } }) {
  const x = viewBox?.x ?? 0;
  const y = viewBox?.y ?? 0;
  return <path d={`M${x - 5} ${y + 9} L${x + 5} ${y + 9} L${x} ${y} Z`} fill={MILESTONE_MARKER_COLOR} />;
}

function milestoneLabel(year: string, markers: readonly MilestoneMarker[]): string {
  const count = markers.find((m) => String(m.year) === year)?.titles.length ?? 0;
  if (count === 0) return year;
  return `${year} · ${t("milestones.tooltip", { count })}`;
}

const NO_MILESTONES: readonly MilestoneMarker[] = [];

/**
 * Shaped rows in, SVG out. Clicking a year's bars selects it. The selected year's outline is
 * drawn by SelectedYearBand, which reads the year itself: a year change does not redraw the chart.
 */
export const TradeTurnoverChart = memo(function TradeTurnoverChart({ rows, milestones = NO_MILESTONES }: Props) {
  const selectYear = useFilterStore((s) => s.selectYear);
  const onAxis = milestones.filter((m) => rows.some((r) => r.year === m.year));
  const values = rows
    .flatMap((r) => [r.imports, r.exports, r.turnover, r.balance])
    .filter((v): v is number => v !== null);
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  return (
    <ResponsiveContainer width="100%" height={300}>
      <ComposedChart
        accessibilityLayer={false}
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        onClick={(state) => {
          const label = state.activeLabel;
          if (label !== undefined && label !== null && Number.isFinite(Number(label))) selectYear(Number(label));
        }}
        style={{ cursor: "pointer" }}
      >
        <defs>
          <pattern id="hatch-imports" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <rect width="3" height="6" fill={COLORS.imports} />
          </pattern>
          <pattern id="hatch-exports" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill="#fff" />
            <rect width="3" height="6" fill={COLORS.exports} />
          </pattern>
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="year" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis
          ticks={ticks}
          domain={[ticks[0] ?? 0, ticks[ticks.length - 1] ?? 0]}
          tickFormatter={formatUsdMillionsCompact}
          tick={{ fontSize: 12 }}
          width={56}
        />
        <Tooltip
          formatter={(value, _name, item) => tooltipValue(value, item)}
          labelFormatter={(label) =>
            typeof label === "number" || typeof label === "string" ? milestoneLabel(String(label), onAxis) : ""
          }
        />

        {onAxis.map((m) => (
          <ReferenceLine
            key={m.year}
            x={m.year}
            stroke={MILESTONE_MARKER_COLOR}
            strokeDasharray="2 3"
            strokeOpacity={0.6}
            label={<MilestoneMark />}
            ifOverflow="extendDomain"
          />
        ))}
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
        <Line
          dataKey="turnover"
          name={t("trade.turnover")}
          stroke={COLORS.turnover}
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="balance"
          name={t("trade.balance")}
          stroke={COLORS.balance}
          strokeWidth={2}
          strokeDasharray="6 3"
          dot={{ r: 4, strokeWidth: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <SelectedYearBand />
      </ComposedChart>
    </ResponsiveContainer>
  );
});
