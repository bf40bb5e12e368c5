import { COLORS } from "../../lib/colors";
import { AXIS_TICK } from "../../components/chart-theme";
import { memo, useMemo } from "react";
import { CartesianGrid, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "../../components/chart-box";
import { formatUsdMillionsCompact } from "../../lib/format";
import { stockAxis, stockSeries, type StockPoint } from "./investment.chart-rows";

function isStockPoint(value: unknown): value is StockPoint {
  return typeof value === "object" && value !== null && "label" in value && "time" in value;
}

function StockTooltip({
  active,
  payload,
}: {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: unknown; name?: unknown }>;
}) {
  const entry = payload?.[0];
  const point: unknown = entry?.payload;
  if (!active || !isStockPoint(point)) return null;
  return (
    <div className="rounded border border-slate-300 bg-white px-2 py-1 text-xs shadow">
      <p className="font-medium">{typeof entry?.name === "string" ? entry.name : ""}</p>
      <p>
        {point.label}, {new Date(point.time).getUTCFullYear()}
      </p>
    </div>
  );
}

const yearTick = (time: number) => String(new Date(time).getUTCFullYear());

/** Dated stock statements, not joined (the series is not monotonic); year-independent. */
export const StockChart = memo(function StockChart({ usToAz, azToUs }: { usToAz: StockPoint[]; azToUs: StockPoint[] }) {
  const { domain, ticks } = useMemo(() => stockAxis([...usToAz, ...azToUs]), [usToAz, azToUs]);
  const series = useMemo(() => stockSeries(usToAz, azToUs), [usToAz, azToUs]);
  return (
    <ChartBox>
      <ScatterChart accessibilityLayer={false} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke={COLORS.grid} />
        <XAxis
          dataKey="time"
          type="number"
          domain={domain}
          ticks={ticks}
          tickFormatter={yearTick}
          tick={AXIS_TICK}
          stroke={COLORS.axis}
          scale="time"
        />
        <YAxis
          dataKey="value"
          type="number"
          tickFormatter={formatUsdMillionsCompact}
          tick={AXIS_TICK}
          stroke={COLORS.axis}
          width={56}
        />
        <Tooltip cursor={false} content={(props) => <StockTooltip active={props.active} payload={props.payload} />} />
        {series.map((s) => (
          <Scatter
            key={s.key}
            name={s.name}
            data={s.points}
            fill={s.qualified ? COLORS.surface : s.color}
            stroke={s.color}
            strokeWidth={s.qualified ? 2 : 0}
            shape={s.shape}
            isAnimationActive={false}
          />
        ))}
      </ScatterChart>
    </ChartBox>
  );
});
