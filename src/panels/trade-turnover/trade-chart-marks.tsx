import { COLORS } from "../../lib/colors";
/** SVG annotations drawn inside the trade chart: year ticks, axis breaks, milestone marks, the unit. */
import { useChartWidth, usePlotArea, useXAxisScale, ZIndexLayer } from "recharts";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import { t } from "../../lib/messages";
import { useFocusYear } from "../../state/focus-year";
import { formatList } from "../../lib/format";
import { type AxisBreak, type MilestonePlacement, yearRanges } from "./trade-turnover.chart-marks";
import { MILESTONE_MARKER_COLOR } from "./trade-turnover.chart-rows";

const INK = COLORS.axis;
/** Below this many pixels per year, "2024" would touch its neighbours: the tick reads "’24". */
const FULL_LABEL_BAND = 36;
/** Room the y axis and margins take from the chart's width (the YAxis width plus the side margins). */
const AXIS_ROOM = 64;

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
  /** Years on the axis: with the chart's width, how much room each label has. */
  bands: number;
}

/** Every year with data is labelled (interval 0): in full, or as "’24" when the chart is narrow; the selected one bold. */
export function YearTick({ x = 0, y = 0, payload, bands }: TickProps) {
  const width = useChartWidth() ?? 0;
  const selected = useFocusYear();
  const value = payload?.value;
  const year = typeof value === "number" || typeof value === "string" ? String(value) : "";
  const short = bands > 0 && (width - AXIS_ROOM) / bands < FULL_LABEL_BAND;
  return (
    <text
      x={x}
      y={y}
      dy="0.71em"
      textAnchor="middle"
      fontSize={12}
      fill={INK}
      fontWeight={Number(year) === selected ? 700 : 400}
    >
      {short ? `’${year.slice(-2)}` : year}
    </text>
  );
}

/** x of the boundary between two neighbouring years' bands. */
function boundary(scale: ReturnType<typeof useXAxisScale>, at: AxisBreak): number | undefined {
  if (!scale) return undefined;
  const end = scale(at.after, { position: "end" });
  const start = scale(at.before, { position: "start" });
  if (end === undefined || start === undefined) return undefined;
  return (end + start) / 2;
}

/** A "//" cut through the x axis where years are missing, named in its title (and in the caption). */
export function AxisBreakMarks({ breaks }: { breaks: readonly AxisBreak[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!plot) return null;
  const y = plot.y + plot.height;
  return (
    <ZIndexLayer zIndex={550}>
      {breaks.map((b) => {
        const x = boundary(scale, b);
        if (x === undefined || !Number.isFinite(x)) return null;
        return (
          <g key={b.after} data-axis-break={yearRanges(b.missing).join(",")}>
            <title>{t("trade.axisBreak", { years: formatList(yearRanges(b.missing)) })}</title>
            <rect x={x - 4} y={y - 7} width={8} height={14} fill={COLORS.surface} />
            <path
              d={`M${x - 6} ${y + 6} L${x - 1} ${y - 6} M${x + 1} ${y + 6} L${x + 6} ${y - 6}`}
              stroke={INK}
              strokeWidth={1.5}
            />
          </g>
        );
      })}
    </ZIndexLayer>
  );
}

function milestoneTitle(markers: readonly MilestoneMarker[]): string {
  return markers.map((m) => `${m.year} · ${t("milestones.tooltip", { count: m.titles.length })}`).join("; ");
}

/**
 * Small triangles in the top margin, above their year (or on the break standing for a missing
 * year): outside the plot, so they never cover a bar or a line.
 */
export function MilestoneMarks({ placements }: { placements: readonly MilestonePlacement[] }) {
  const scale = useXAxisScale();
  const plot = usePlotArea();
  if (!plot || !scale) return null;
  const top = plot.y - 9;
  return (
    <ZIndexLayer zIndex={-90}>
      {placements.map((p) => {
        const x = p.kind === "year" ? scale(p.year, { position: "middle" }) : boundary(scale, p.at);
        if (x === undefined || !Number.isFinite(x)) return null;
        const markers = p.kind === "year" ? [p.marker] : p.markers;
        return (
          <path
            key={markers.map((m) => m.year).join("-")}
            data-milestone-year={markers.map((m) => m.year).join(" ")}
            d={`M${x - 4} ${top} L${x + 4} ${top} L${x} ${top + 7} Z`}
            fill={MILESTONE_MARKER_COLOR}
          >
            <title>{milestoneTitle(markers)}</title>
          </path>
        );
      })}
    </ZIndexLayer>
  );
}

/** The y axis's unit, above its ticks: the ticks are plain numbers. */
export function AxisUnit() {
  return (
    <text x={2} y={10} fontSize={11} fill={INK}>
      {t("trade.axisUnit")}
    </text>
  );
}
