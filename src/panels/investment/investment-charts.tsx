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
  /** The values as stated, with their qualifier ("more than $133M"), for text alternatives. */
  usToAzLabel: string | null;
  azToUsLabel: string | null;
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
  /** As stated, with its qualifier: "more than $13,000M". */
  label: string;
  /** "about" or "more than": drawn hollow, so it does not read as an exact figure. */
  qualified: boolean;
}

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

/** Exact statements filled, "about"/"more than" hollow; U.S.→Azerbaijan circles, Azerbaijan→U.S. triangles. */
const SERIES = [
  { direction: "us_to_az", qualified: false, shape: "circle" },
  { direction: "us_to_az", qualified: true, shape: "circle" },
  { direction: "az_to_us", qualified: false, shape: "triangle" },
  { direction: "az_to_us", qualified: true, shape: "triangle" },
] as const;

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
        <Tooltip cursor={false} content={(props) => <StockTooltip active={props.active} payload={props.payload} />} />
        {SERIES.map(({ direction, qualified, shape }) => {
          const points = (direction === "us_to_az" ? usToAz : azToUs).filter((p) => p.qualified === qualified);
          const color = direction === "us_to_az" ? COLORS.usToAz : COLORS.azToUs;
          return (
            <Scatter
              key={`${direction}-${String(qualified)}`}
              name={t(direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")}
              data={points}
              fill={qualified ? "#fff" : color}
              stroke={color}
              strokeWidth={qualified ? 2 : 0}
              shape={shape}
              isAnimationActive={false}
            />
          );
        })}
      </ScatterChart>
    </ResponsiveContainer>
  );
});
