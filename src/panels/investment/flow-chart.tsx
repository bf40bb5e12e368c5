import { memo } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { ChartBox } from "../../components/chart-box";
import { HatchPattern, usePatternId } from "../../components/hatch-pattern";
import { SelectedYearBand } from "../../components/selected-year-band";
import { COLORS } from "../../lib/colors";
import { AXIS_TICK, TOOLTIP_THEME } from "../../components/chart-theme";
import { formatUsdMillions, formatUsdMillionsCompact } from "../../lib/format";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { flowCategory, flowYearOf, type FlowBarRow } from "./investment.chart-rows";

/**
 * Flows of one period shape. The selected year's band reads the store, so the bars only redraw
 * when the rows change. U.S. → Azerbaijan bars are solid, Azerbaijan → U.S. bars hatched and
 * outlined, so the two directions differ by pattern, not by colour alone.
 */
export const FlowChart = memo(function FlowChart({ rows }: { rows: FlowBarRow[] }) {
  const selectYear = useFilterStore((s) => s.selectYear);
  const hatch = usePatternId("hatch-az-to-us");
  return (
    <ChartBox>
      <BarChart
        accessibilityLayer={false}
        data={rows}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        onClick={(state) => {
          const year = flowYearOf(rows, state.activeLabel);
          if (year !== undefined) selectYear(year);
        }}
        style={{ cursor: "pointer" }}
      >
        <defs>
          <HatchPattern id={hatch} color={COLORS.azToUs} />
        </defs>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke={COLORS.grid} />
        <XAxis dataKey="label" tick={AXIS_TICK} stroke={COLORS.axis} />
        <YAxis tickFormatter={formatUsdMillionsCompact} tick={AXIS_TICK} stroke={COLORS.axis} width={56} />
        <Tooltip
          {...TOOLTIP_THEME}
          formatter={(value) => (typeof value === "number" ? formatUsdMillions(value) : String(value))}
        />
        <Bar dataKey="usToAz" name={t("fdi.usToAz")} fill={COLORS.usToAz} isAnimationActive={false} />
        <Bar
          dataKey="azToUs"
          name={t("fdi.azToUs")}
          fill={`url(#${hatch})`}
          stroke={COLORS.azToUs}
          strokeWidth={1.5}
          isAnimationActive={false}
        />
        <SelectedYearBand toCategory={(year) => flowCategory(rows, year)} />
      </BarChart>
    </ChartBox>
  );
});
