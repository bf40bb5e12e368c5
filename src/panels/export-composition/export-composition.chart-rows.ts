import type { Qualifier, SectorId, TradeRecord } from "../../data-source/schema";
import { formatQualified, formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import type { ExportComposition, OtherBar } from "./export-composition.transform";

export interface ProductBar {
  label: string;
  value: number;
  /** As the source qualifies it; "exact" for the derived remainder. */
  qualifier: Qualifier;
  /** null for the derived "other" remainder, which has no sector. */
  sector: SectorId | null;
}

/**
 * The chart's bars: the largest products (at most TOP_PRODUCTS), then one derived bar for
 * everything else of the year, so a dataset of thousands of products still draws a dozen bars.
 */
export function toBars(view: ExportComposition): ProductBar[] {
  const bars: ProductBar[] = view.top.map((f) => ({
    label: f.primary.product,
    value: f.primary.value,
    qualifier: f.primary.qualifier,
    sector: f.primary.sector,
  }));
  if (view.otherBar)
    bars.push({
      label: otherBarLabel(view.otherBar),
      value: view.otherBar.derived.value,
      qualifier: "exact",
      sector: null,
    });
  return bars;
}

/** "Other products (derived)" when every product is drawn; else what the bar stands for. */
/** The product chart's height in px: one row per bar. */
export function productChartHeight(bars: readonly ProductBar[]): number {
  return Math.max(120, bars.length * 36 + 24);
}

export function otherBarLabel(bar: OtherBar): string {
  if (bar.method === "sum") return t("exports.rest", { count: bar.products });
  return bar.products === 0 ? t("exports.other") : t("exports.otherAll");
}

/**
 * The chart's text alternative, its takeaway first: the largest product shown (never the
 * derived remainder) and, when a source gives one, the total on the products' basis; then
 * where every value is. "Aluminum plating is the largest of 5 products shown for 2024, at $31.7M of
 * $74.9M (OEC) in total exports to the U.S. Every value is in the Table view."
 */
export function barsSummary(
  year: number,
  bars: readonly ProductBar[],
  /** The export total on the products' basis (the view's `total`), when a source gives one. */
  total: { primary: TradeRecord } | null = null,
): string {
  const products = bars.filter((b) => b.sector !== null);
  const largest = products.reduce<ProductBar | undefined>(
    (best, b) => (best && best.value >= b.value ? best : b),
    undefined,
  );
  if (!largest) return t("exports.chartSummaryNone", { year });
  const params = {
    year,
    count: products.length,
    product: largest.label,
    value: formatQualified(largest.value, "USD million", largest.qualifier),
  };
  return total
    ? t("exports.chartSummaryTotal", {
        ...params,
        total: formatStated(total.primary),
        basis: t(`basis.${total.primary.basis}`),
      })
    : t("exports.chartSummary", params);
}

/** "$135.03M (national) vs $74.9M (OEC)": every full-year total of the year, on its basis. */
export function totalsInWords(view: ExportComposition): string {
  return view.totalsByBasis.map((f) => `${formatStated(f.primary)} (${t(`basis.${f.primary.basis}`)})`).join(" vs ");
}

/** The sources of the named products, each once. */
export function namedSourceIds(view: ExportComposition): string[] {
  return [...new Set(view.named.flatMap((n) => n.sourceIds))];
}
