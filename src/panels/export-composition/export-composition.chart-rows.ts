import type { SectorId } from "../../data-source/schema";
import { formatQualified, formatUsdMillions } from "../../lib/format";
import { t } from "../../lib/messages";
import type { ExportComposition } from "./export-composition.transform";

export interface ProductBar {
  label: string;
  value: number;
  /** null for the derived "other" remainder, which has no sector. */
  sector: SectorId | null;
}

/** The chart's bars: the products shown, largest first, then "other" when no sector filter is on. */
export function toBars(view: ExportComposition, sectorsFiltered: boolean): ProductBar[] {
  const bars: ProductBar[] = view.products.map((f) => ({
    label: f.primary.product,
    value: f.primary.value,
    sector: f.primary.sector,
  }));
  if (view.other && !sectorsFiltered)
    bars.push({
      label: t("exports.other"),
      value: view.other.value,
      sector: null,
    });
  return bars;
}

/** The chart's text alternative: every bar with its value. */
export function barsSummary(year: number, bars: readonly ProductBar[]): string {
  return t("exports.chartSummary", {
    year,
    summary: bars.map((b) => `${b.label} ${formatUsdMillions(b.value)}`).join("; "),
  });
}

/** "$135.03M (national) vs $74.9M (OEC)": every full-year total of the year, on its basis. */
export function totalsInWords(view: ExportComposition): string {
  return view.totalsByBasis
    .map(
      (f) =>
        `${formatQualified(f.primary.value, f.primary.unit, f.primary.qualifier)} (${t(`basis.${f.primary.basis}`)})`,
    )
    .join(" vs ");
}

/** The sources of the named products, each once. */
export function namedSourceIds(view: ExportComposition): string[] {
  return [...new Set(view.named.flatMap((n) => n.sourceIds))];
}
