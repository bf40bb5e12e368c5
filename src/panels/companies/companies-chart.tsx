import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SectorId } from "../../data-source/schema";
import { COLORS } from "../../lib/colors";
import { t } from "../../lib/messages";
import type { SectorCount } from "./companies.transform";

interface Props {
  rows: SectorCount[];
  selected: readonly SectorId[];
  onSelectSector: (sector: SectorId) => void;
}

export function CompaniesSectorChart({ rows, selected, onSelectSector }: Props) {
  const data = rows.map((r) => ({ ...r, label: t(`sector.${r.sector}`) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 26 + 20)}>
      <BarChart
        accessibilityLayer={false}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 24, bottom: 4, left: 4 }}
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={96} tick={{ fontSize: 12 }} interval={0} />
        <Tooltip />
        <Bar
          dataKey="count"
          name={t("companies.bySector")}
          isAnimationActive={false}
          onClick={(_, index) => {
            const row = data[index];
            if (row) onSelectSector(row.sector);
          }}
          style={{ cursor: "pointer" }}
        >
          {data.map((r) => (
            <Cell
              key={r.sector}
              fill={selected.length === 0 || selected.includes(r.sector) ? COLORS.highlight : COLORS.muted}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
