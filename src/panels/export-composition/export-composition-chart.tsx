import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SectorId } from "../../data-source/schema";
import { COLORS } from "../../lib/colors";
import { formatUsdMillions } from "../../lib/format";

export interface ProductBar {
  label: string;
  value: number;
  /** null for the derived "other" remainder, which has no sector. */
  sector: SectorId | null;
}

interface Props {
  bars: ProductBar[];
  onSelectSector: (sector: SectorId) => void;
}

export const ExportCompositionChart = memo(function ExportCompositionChart({ bars, onSelectSector }: Props) {
  const height = Math.max(120, bars.length * 36 + 24);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        accessibilityLayer={false}
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={132} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip formatter={(value) => (typeof value === "number" ? formatUsdMillions(value) : String(value))} />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          onClick={(_, index) => {
            const sector = bars[index]?.sector;
            if (sector) onSelectSector(sector);
          }}
          style={{ cursor: "pointer" }}
        >
          {bars.map((b) => (
            <Cell key={b.label} fill={b.sector === null ? COLORS.other : COLORS.exports} />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v) => (typeof v === "number" ? formatUsdMillions(v) : "")}
            style={{ fontSize: 12, fill: "#334155" }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
});
