import { memo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { yearClass } from "../../components/year-class";
import { COLORS } from "../../lib/colors";
import { formatUsdMillions, formatUsdMillionsCompact } from "../../lib/format";
import { t } from "../../lib/messages";
import { yearStarts } from "../../lib/ticks";

export interface FlowBarRow {
  label: string;
  year: number;
  usToAz: number | null;
  azToUs: number | null;
}

/** Year highlight comes from CSS (SelectedYearStyle), so the chart only redraws when its rows change. */
export const FlowChart = memo(function FlowChart({
  rows,
  onSelectYear,
}: {
  rows: FlowBarRow[];
  onSelectYear: (y: number) => void;
}) {
  return (
    <ResponsiveContainer width="100%" height={200}>
      <BarChart
        accessibilityLayer={false}
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        onClick={(state) => {
          const row = rows.find((r) => r.label === state.activeLabel);
          if (row) onSelectYear(row.year);
        }}
        style={{ cursor: "pointer" }}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={formatUsdMillionsCompact} tick={{ fontSize: 12 }} width={56} />
        <Tooltip formatter={(value) => (typeof value === "number" ? formatUsdMillions(value) : String(value))} />

        <Bar dataKey="usToAz" name={t("fdi.usToAz")} fill={COLORS.usToAz} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.label} className={yearClass(r.year)} />
          ))}
        </Bar>
        <Bar dataKey="azToUs" name={t("fdi.azToUs")} fill={COLORS.azToUs} isAnimationActive={false}>
          {rows.map((r) => (
            <Cell key={r.label} className={yearClass(r.year)} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});

export interface StockPoint {
  time: number;
  value: number;
  label: string;
}

const yearTick = (time: number) => String(new Date(time).getUTCFullYear());

export const StockChart = memo(function StockChart({ usToAz, azToUs }: { usToAz: StockPoint[]; azToUs: StockPoint[] }) {
  const times = [...usToAz, ...azToUs].map((p) => p.time);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const pad = 180 * 86_400_000;
  const ticks = yearStarts(times);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis
          dataKey="time"
          type="number"
          domain={[Math.min(min - pad, ticks[0] ?? min), max + pad]}
          ticks={ticks}
          tickFormatter={yearTick}
          tick={{ fontSize: 12 }}
          scale="time"
        />
        <YAxis
          dataKey="value"
          type="number"
          tickFormatter={formatUsdMillionsCompact}
          tick={{ fontSize: 12 }}
          width={56}
        />
        <Tooltip
          cursor={false}
          formatter={(value, name) =>
            name === "time" && typeof value === "number"
              ? yearTick(value)
              : typeof value === "number"
                ? formatUsdMillions(value)
                : String(value)
          }
        />

        <Scatter name={t("fdi.usToAz")} data={usToAz} fill={COLORS.usToAz} shape="circle" isAnimationActive={false} />
        <Scatter name={t("fdi.azToUs")} data={azToUs} fill={COLORS.azToUs} shape="triangle" isAnimationActive={false} />
      </ScatterChart>
    </ResponsiveContainer>
  );
});
