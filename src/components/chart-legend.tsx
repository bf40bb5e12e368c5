import { COLORS } from "../lib/colors";
import type { Ref } from "react";

export interface LegendItem {
  label: string;
  color: string;
  /** Shape as drawn in the chart, so the legend does not rely on colour alone. */
  shape: "square" | "hatched" | "line" | "dashed-line" | "circle" | "triangle" | "hollow-circle";
}

function Swatch({ color, shape }: Omit<LegendItem, "label">) {
  switch (shape) {
    case "square":
      return <rect x="2" y="2" width="10" height="10" fill={color} />;
    case "hatched":
      return (
        <>
          <rect x="2" y="2" width="10" height="10" fill={COLORS.surface} stroke={color} />
          <path d="M2 12 L12 2 M2 7 L7 2 M7 12 L12 7" stroke={color} strokeWidth="2" />
        </>
      );
    case "line":
    case "dashed-line":
      return (
        <>
          <line
            x1="0"
            y1="7"
            x2="14"
            y2="7"
            stroke={color}
            strokeWidth="2"
            strokeDasharray={shape === "dashed-line" ? "4 2" : undefined}
          />
          <circle cx="7" cy="7" r="3" fill={COLORS.surface} stroke={color} strokeWidth="2" />
        </>
      );
    case "circle":
      return <circle cx="7" cy="7" r="5" fill={color} />;
    case "triangle":
      return <path d="M7 1 L13 12 L1 12 Z" fill={color} />;
    case "hollow-circle":
      return <circle cx="7" cy="7" r="4.5" fill={COLORS.surface} stroke={color} strokeWidth="2" />;
  }
}

/** An HTML legend: cheaper to draw than recharts' own, and readable as text. */
export function ChartLegend({ items, ref }: { items: readonly LegendItem[]; ref?: Ref<HTMLUListElement> }) {
  return (
    <ul
      ref={ref}
      data-legend=""
      className="m-0 flex list-none flex-wrap justify-center gap-x-4 gap-y-1 p-0 text-xs text-slate-700"
    >
      {items.map((item) => (
        <li key={item.label} className="inline-flex items-center gap-1">
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <Swatch color={item.color} shape={item.shape} />
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}
