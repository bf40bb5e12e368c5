import type { SourceDates } from "../../data-source/primary";
import type { Basis, NamedProduct, ProductRecord, SectorId, TradeRecord } from "../../data-source/schema";
import { buildFigures, periodYear, type Figure } from "../../data-source/versions";
import { isFullYear } from "../../lib/format";
import { roundMoney, type Derived } from "../../lib/derived";

/** How many products the chart, its list and its answer draw one by one; the rest is one derived bar. */
export const TOP_PRODUCTS = 10;

/**
 * The one bar after the largest products. `total`: the total on the products' basis minus the
 * products drawn (without a sector filter, when the total covers every product: the bars then add
 * up to the total). `sum`: the sum of the products not drawn (no such total, or a sector filter).
 */
export interface OtherBar {
  method: "total" | "sum";
  derived: Derived;
  /** Products it stands for (not drawn one by one). */
  products: number;
}

export interface ExportComposition {
  year: number;
  /** Years for which any product value exists (to offer when this year has none). */
  availableYears: number[];
  /** Products of the selected sectors, largest first (every one: the table and the CSV list them all). */
  products: Figure<ProductRecord>[];
  /** The largest TOP_PRODUCTS of `products`: what the chart, its list and the answer show. */
  top: Figure<ProductRecord>[];
  /** The chart's last bar: everything of the year it does not draw one by one; null when nothing is left. */
  otherBar: OtherBar | null;
  /** The basis the product values share (e.g. OEC) — the total used for "other" must match it. */
  basis: Basis | null;
  /**
   * The year's export total, one figure with every version (national and OEC alike), built as
   * the trade panel builds it, so both show the same versions.
   */
  exportsFigure: Figure<TradeRecord> | null;
  /** The version of the total on the products' basis (OEC), which "other" is computed from. */
  total: BasisTotal | null;
  /** Total minus every valued product (all sectors). */
  other: Derived | null;
  /** Total minus the products shown, when a sector filter hides some. */
  hiddenBySector: Derived | null;
  /** The leading version of the total on each basis (national vs OEC…), the figure's primary first. */
  totalsByBasis: BasisTotal[];
  /** Products a source names without value, in the selected sectors. */
  named: NamedProduct[];
  /** Non-oil export figures for the year (national statistics). */
  scopeFigures: Figure<TradeRecord>[];
}

/** One version of the year's export total, standing for its basis, and the figure it belongs to. */
interface BasisTotal {
  primary: TradeRecord;
  figure: Figure<TradeRecord>;
}

function inSectors(sector: SectorId, sectors: readonly SectorId[]): boolean {
  return sectors.length === 0 || sectors.includes(sector);
}

export function buildExportComposition(
  input: {
    products: readonly ProductRecord[];
    named: readonly NamedProduct[];
    trade: readonly TradeRecord[];
    /**
     * Years that have product values, when `products` holds only the selected year (as the API
     * sends it: `meta.years`). Without it they are read from `products`.
     */
    productYears?: readonly number[];
  },
  year: number,
  sectors: readonly SectorId[],
  dates: SourceDates,
): ExportComposition {
  const fullYearProducts = input.products.filter((p) => isFullYear(p.periodStart, p.periodEnd));
  const availableYears = input.productYears
    ? [...input.productYears].sort((a, b) => a - b)
    : [...new Set(fullYearProducts.map((p) => periodYear(p)).filter((y): y is number => y !== null))].sort();
  const ofYear = fullYearProducts.filter((p) => periodYear(p) === year);
  const all = [...buildFigures(ofYear, dates).values()].sort((a, b) => b.primary.value - a.primary.value);
  const products = all.filter((f) => inSectors(f.primary.sector, sectors));

  const exportTotals = input.trade.filter(
    (r) =>
      r.metric === "exports" &&
      r.scope === "all_goods" &&
      isFullYear(r.periodStart, r.periodEnd) &&
      periodYear(r) === year,
  );
  const [exportsFigure = null] = buildFigures(exportTotals, dates).values();
  const totalsByBasis: BasisTotal[] = [];
  for (const version of exportsFigure?.versions ?? []) {
    if (exportsFigure && !totalsByBasis.some((b) => b.primary.basis === version.basis))
      totalsByBasis.push({ primary: version, figure: exportsFigure });
  }
  const basis = all[0]?.primary.basis ?? null;
  const total = totalsByBasis.find((f) => f.primary.basis === basis) ?? null;

  let other: Derived | null = null;
  let hiddenBySector: Derived | null = null;
  if (total && total.primary.qualifier === "exact" && all.length > 0) {
    const sumAll = all.reduce((s, f) => s + f.primary.value, 0);
    // A total smaller than its products is on another footing: no remainder is computed from it.
    if (sumAll <= total.primary.value) {
      other = {
        value: roundMoney(total.primary.value - sumAll),
        fromIds: [total.primary.id, ...all.map((f) => f.primary.id)],
      };
    }
    if (other && products.length < all.length) {
      const shown = products.reduce((s, f) => s + f.primary.value, 0);
      hiddenBySector = {
        value: roundMoney(total.primary.value - shown),
        fromIds: [total.primary.id, ...products.map((f) => f.primary.id)],
      };
    }
  }

  const top = products.slice(0, TOP_PRODUCTS);
  const otherBar = chartRemainder(top, products.slice(TOP_PRODUCTS), sectors.length > 0 ? null : other, total);

  const scopeRecords = input.trade.filter(
    (r) =>
      r.metric === "exports" &&
      r.scope !== "all_goods" &&
      periodYear(r) === year &&
      isFullYear(r.periodStart, r.periodEnd),
  );
  return {
    year,
    availableYears,
    products,
    top,
    otherBar,
    basis,
    exportsFigure,
    total,
    other,
    hiddenBySector,
    totalsByBasis,
    named: input.named.filter((n) => n.direction === "exports" && inSectors(n.sector, sectors)),
    scopeFigures: [...buildFigures(scopeRecords, dates).values()],
  };
}

/** The chart's last bar (see OtherBar): from the total when it covers every product, else the sum of the rest. */
function chartRemainder(
  top: readonly Figure<ProductRecord>[],
  rest: readonly Figure<ProductRecord>[],
  other: Derived | null,
  total: BasisTotal | null,
): OtherBar | null {
  if (other && total) {
    // Equals `other` when every product is drawn (at most TOP_PRODUCTS of them).
    const drawn = top.reduce((s, f) => s + f.primary.value, 0);
    return {
      method: "total",
      derived: {
        value: roundMoney(total.primary.value - drawn),
        fromIds: [total.primary.id, ...top.map((f) => f.primary.id)],
      },
      products: rest.length,
    };
  }
  if (rest.length === 0) return null;
  return {
    method: "sum",
    derived: {
      value: roundMoney(rest.reduce((s, f) => s + f.primary.value, 0)),
      fromIds: rest.map((f) => f.primary.id),
    },
    products: rest.length,
  };
}
