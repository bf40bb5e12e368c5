import type { InvestmentRecord } from "../../data-source/schema";
import { derivedRow, figureRow, yearSpan, type TableModel, type TableRow } from "../../export/table-model";
import { formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import type { FlowGroup, InvestmentBase } from "./investment.transform";
import { panelTitle } from "../../lib/panels";

const DIRECTIONS = [
  ["us_to_az", "usToAz", "fdi.usToAz"],
  ["az_to_us", "azToUs", "fdi.azToUs"],
] as const;

function directionLabel(direction: InvestmentRecord["direction"]): string {
  return t(direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs");
}

/** Flows of one period shape, with growth on the like period a year earlier (derived, percent). */
function flowTableRows(group: FlowGroup, year: number | null): TableRow[] {
  const rows: TableRow[] = [];
  for (const period of group.periods) {
    const current = period.year === year;
    const previous = group.periods.find((p) => p.year === period.year - 1);
    for (const [direction, field, label] of DIRECTIONS) {
      const figure = period[field];
      if (!figure) continue;
      rows.push(figureRow(figure, [t("fdi.metric.flow"), t(label)], { current }));
      const a = figure.primary;
      const b = previous?.[field]?.primary;
      if (previous && b && a.qualifier === "exact" && b.qualifier === "exact") {
        rows.push(
          derivedRow(
            { value: Math.round((a.value / b.value - 1) * 10000) / 100, fromIds: [a.id, b.id] },
            [...a.sourceIds, ...b.sourceIds],
            {
              key: `growth-${direction}-${period.key}`,
              labels: [t("fdi.growthRow"), t(label)],
              how: t("fdi.growthHow", { period: formatPeriod(previous.start, previous.end) }),
              unit: "percent",
              periodStart: period.start,
              periodEnd: period.end,
              current,
            },
          ),
        );
      }
    }
  }
  return rows;
}

/** What the investment panel draws: every flow (by period shape) with derived growth, every stock and standing statement. */
export function investmentTable(base: InvestmentBase, year: number | null): TableModel {
  const rows = base.groups.flatMap((g) => flowTableRows(g, year));
  for (const f of base.stocks) {
    const scope = f.primary.scope === "all_sectors" ? "" : ` (${t(`fdi.scope.${f.primary.scope}`)})`;
    rows.push(figureRow(f, [`${t("fdi.metric.stock")}${scope}`, directionLabel(f.primary.direction)]));
  }
  for (const f of base.standing)
    rows.push(figureRow(f, [t(`fdi.metric.${f.primary.metric}`), directionLabel(f.primary.direction)]));
  const model: TableModel = {
    panel: "fdi",
    title: panelTitle("fdi"),
    caption: t("fdi.tableCaption"),
    labelHeaders: [t("table.measure"), t("table.direction")],
    rows,
    file: { panel: "fdi", years: null },
  };
  return { ...model, file: { ...model.file, years: yearSpan(model) } };
}
