import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "../../components/chart-box";
import { HatchPattern, usePatternId } from "../../components/hatch-pattern";
import { COLORS } from "../../lib/colors";
import { AXIS_TICK, TOOLTIP_THEME } from "../../components/chart-theme";
import { formatUsdMillions } from "../../lib/format";
import { useFilterStore } from "../../state/filter-store";
import type { ProductBar } from "./export-composition.chart-rows";

interface Props {
  bars: ProductBar[];
}

/**
 * The products of the year as horizontal bars; a click on a product's bar focuses its sector.
 * The derived "other" remainder is grey and hatched, so it differs from the sourced products
 * by pattern as well as colour (and its label says "derived").
 */
export const ExportCompositionChart = memo(function ExportCompositionChart({ bars }: Props) {
  const focusSector = useFilterStore((s) => s.focusSector);
  const hatch = usePatternId("hatch-other");
  return (
    <ChartBox>
      <BarChart
        accessibilityLayer={false}
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 72, bottom: 4, left: 4 }}
      >
        <defs>
          <HatchPattern id={hatch} color={COLORS.other} />
        </defs>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={COLORS.grid} />
        <XAxis type="number" hide />
        <YAxis type="category" dataKey="label" width={132} tick={AXIS_TICK} stroke={COLORS.axis} interval={0} />
        <Tooltip
          {...TOOLTIP_THEME}
          formatter={(value) => (typeof value === "number" ? formatUsdMillions(value) : String(value))}
        />
        <Bar
          dataKey="value"
          isAnimationActive={false}
          onClick={(_, index) => {
            const sector = bars[index]?.sector;
            if (sector) focusSector(sector);
          }}
          style={{ cursor: "pointer" }}
        >
          {bars.map((b) => (
            <Cell
              key={b.label}
              fill={b.sector === null ? `url(#${hatch})` : COLORS.exports}
              stroke={b.sector === null ? COLORS.other : undefined}
              strokeWidth={b.sector === null ? 1.5 : undefined}
            />
          ))}
          <LabelList
            dataKey="value"
            position="right"
            formatter={(v) => (typeof v === "number" ? formatUsdMillions(v) : "")}
            style={{ fontSize: 12, fill: COLORS.ink }}
          />
        </Bar>
      </BarChart>
    </ChartBox>
  );
});
