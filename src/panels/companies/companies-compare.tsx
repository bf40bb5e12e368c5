import { useMemo } from "react";
import { FigureValue } from "../../components/figure-value";
import { useSourceDates } from "../../components/sources-context";
import { CompareBlock, ComparisonItem } from "../../components/year-change";
import type { CompanyCount } from "../../data-source/schema";
import { t } from "../../lib/messages";
import { useCompareYear, useFocusYear } from "../../state/focus-year";
import { compareCounts } from "./companies.compare";

/**
 * The counts of U.S. companies stated in the focus year against those of the comparison year,
 * concept by concept. Reads the years itself, so the rest of the panel (which does not follow
 * the year) is not redrawn when they change.
 */
export function CompaniesCompare({ counts }: { counts: readonly CompanyCount[] }) {
  const year = useFocusYear();
  const vs = useCompareYear();
  const dates = useSourceDates();
  const comparisons = useMemo(
    () => (year !== null && vs !== null ? compareCounts(counts, dates, year, vs) : null),
    [counts, dates, year, vs],
  );
  if (year === null || vs === null || comparisons === null) return null;
  return (
    <CompareBlock
      year={year}
      vs={vs}
      conflict={comparisons.some((c) => c.result.kind === "change" && c.result.conflict)}
    >
      {comparisons.length === 0 && <li>{t("compare.noCounts", { year, vs })}</li>}
      {comparisons.map((c) => (
        <ComparisonItem
          key={c.concept}
          measure={t("compare.count", { concept: t(`companies.concept.${c.concept}`) })}
          result={c.result}
          year={year}
          vs={vs}
          figure={(figure, label) => <FigureValue figure={figure} label={label} />}
        />
      ))}
    </CompareBlock>
  );
}
