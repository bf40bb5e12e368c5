import { memo } from "react";
import { Bar, CartesianGrid, Cell, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { yearClass } from "../../components/year-class";
import { COLORS } from "../../lib/colors";
import { formatUsdMillions, formatUsdMillionsCompact } from "../../lib/format";
import { t } from "../../lib/messages";
import { niceTicks } from "../../lib/ticks";

export interface TradeChartRow {
  year: number;
  imports: number | null;
  exports: number | null;
  turnover: number | null;
  balance: number | null;
  /** True when the primary value is not Azerbaijani national statistics (drawn hatched). */
  importsOtherBasis: boolean;
  exportsOtherBasis: boolean;
}

interface Props {
  rows: TradeChartRow[];
  onSelectYear: (year: number) => void;
}

/**
 * Presentational: shaped rows in, SVG out. Clicking a year's bars selects it. The selected
 * year is highlighted by CSS (SelectedYearStyle), so a year change does not redraw the chart.
 */
export const TradeTurnoverChart = memo(function TradeTurnoverChart({ rows, onSelectYear }: Props) {
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
          if (label !== undefined && label !== null && Number.isFinite(Number(label))) onSelectYear(Number(label));
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
          formatter={(value) => (typeof value === "number" ? formatUsdMillions(value) : String(value))}
          labelFormatter={(label) => (typeof label === "number" || typeof label === "string" ? String(label) : "")}
        />

        <Bar dataKey="imports" name={t("trade.imports")} fill={COLORS.imports} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell
              key={r.year}
              className={yearClass(r.year)}
              fill={r.importsOtherBasis ? "url(#hatch-imports)" : COLORS.imports}
            />
          ))}
        </Bar>
        <Bar dataKey="exports" name={t("trade.exports")} fill={COLORS.exports} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell
              key={r.year}
              className={yearClass(r.year)}
              fill={r.exportsOtherBasis ? "url(#hatch-exports)" : COLORS.exports}
            />
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
      </ComposedChart>
    </ResponsiveContainer>
  );
});
