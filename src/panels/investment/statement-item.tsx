import { FigureValue } from "../../components/figure-value";
import { SourceRefs } from "../../components/source-ref";
import type { InvestmentRecord } from "../../data-source/schema";
import type { Figure } from "../../data-source/versions";
import { formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import { directionLabel } from "./investment.chart-rows";

/** A reported share, rank or growth: "Metric, direction (period): value — sources". */
export function StatementItem({ figure }: { figure: Figure<InvestmentRecord> }) {
  const { primary } = figure;
  return (
    <li>
      {t(`fdi.metric.${primary.metric}`)}, {directionLabel(primary.direction)} (
      {formatPeriod(primary.periodStart, primary.periodEnd)}): <FigureValue figure={figure} />{" "}
      <span className="text-xs">
        — <SourceRefs ids={primary.sourceIds} />
      </span>
    </li>
  );
}
