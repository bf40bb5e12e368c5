import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "../../components/chart-box";
import type { SectorId } from "../../data-source/schema";
import { COLORS } from "../../lib/colors";
import { AXIS_TICK, TOOLTIP_THEME } from "../../components/chart-theme";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { isHighlighted, type SectorBar } from "./companies.chart-rows";

interface Props {
  bars: SectorBar[];
  selected: readonly SectorId[];
}

/**
 * Named U.S. companies per sector; a click on a bar focuses its sector. Under a sector filter
 * the selected sectors' bars are filled and the others drawn as grey outlines: a difference of
 * shape (filled or not), not of colour alone, and every outline is at least 3:1 on white.
 */
export const CompaniesSectorChart = memo(function CompaniesSectorChart({ bars, selected }: Props) {
  const focusSector = useFilterStore((s) => s.focusSector);
  return (
    <ChartBox>
      <BarChart
        accessibilityLayer={false}
        data={bars}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke={COLORS.grid} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} stroke={COLORS.axis} />
        <YAxis type="category" dataKey="label" width={96} tick={AXIS_TICK} stroke={COLORS.axis} interval={0} />
        <Tooltip {...TOOLTIP_THEME} />
        <Bar
          dataKey="count"
          name={t("companies.bySector")}
          isAnimationActive={false}
          onClick={(_, index) => {
            const row = bars[index];
            if (row) focusSector(row.sector);
          }}
          style={{ cursor: "pointer" }}
        >
          {bars.map((r) => (
            <Cell
              key={r.sector}
              fill={isHighlighted(r.sector, selected) ? COLORS.highlight : COLORS.surface}
              stroke={isHighlighted(r.sector, selected) ? undefined : COLORS.muted}
              strokeWidth={isHighlighted(r.sector, selected) ? undefined : 1.5}
            />
          ))}
        </Bar>
      </BarChart>
    </ChartBox>
  );
});
