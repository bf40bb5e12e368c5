import { FigureItem } from "../../components/figure-item";
import type { InvestmentRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import { directionLabel } from "./investment.chart-rows";

/** A reported share, rank or growth: "Metric, direction (period): value — sources". */
export function StatementItem({ figure }: { figure: Figure<InvestmentRecord> }) {
  const { primary } = figure;
  const label = `${t(`fdi.metric.${primary.metric}`)}, ${directionLabel(primary.direction)} (${formatPeriod(primary.periodStart, primary.periodEnd)})`;
  return <FigureItem label={label} figure={figure} />;
}
