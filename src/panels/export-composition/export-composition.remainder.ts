import type { DerivedInput } from "../../components/provenance-details";
import type { ProductRecord, TradeRecord } from "../../data-source/schema";
import type { Derived } from "../../lib/derived";
import { formatUsdMillions } from "../../lib/format";
import { t } from "../../lib/messages";
import { derivedInputs } from "../../lib/provenance";
import { TOP_PRODUCTS, type ExportComposition, type OtherBar } from "./export-composition.transform";

/** What a remainder's provenance button shows: its name, value, formula and the records it comes from. */
export interface RemainderProvenance {
  label: string;
  value: string;
  formula: string;
  inputs: DerivedInput[];
  /** Inputs not listed (a sum of thousands of products lists the largest few). */
  moreInputs: number;
}

/** How many of a sum's products its provenance lists by name; the rest are counted. */
const LISTED_INPUTS = 10;

/** The sum of the products a remainder subtracts from the total (total − remainder), to the cent. */
export function remainderSum(total: number, derived: Derived): number {
  return Math.round((total - derived.value) * 100) / 100;
}

/** The total and every product a remainder was computed from, in its order, each with its label. */
export function remainderInputs(view: ExportComposition, derived: Derived): DerivedInput[] {
  if (!view.total) return [];
  const records: (TradeRecord | ProductRecord)[] = [view.total.primary, ...view.products.map((f) => f.primary)];
  return derivedInputs(derived, records).map((record) => ({
    label: "product" in record ? record.product : `${t("exports.totalInput")}, ${view.year}`,
    record,
  }));
}

/** A remainder (total minus products) as its provenance shows it; null without a total. */
export function remainderProvenance(
  view: ExportComposition,
  derived: Derived,
  label: string,
): RemainderProvenance | null {
  if (!view.total) return null;
  const total = view.total.primary.value;
  const inputs = remainderInputs(view, derived);
  const value = formatUsdMillions(derived.value);
  return {
    label: `${label}, ${view.year}`,
    value,
    formula: t("prov.formula.remainder", {
      total: formatUsdMillions(total),
      sum: formatUsdMillions(remainderSum(total, derived)),
      count: inputs.length - 1,
      result: value,
    }),
    inputs,
    moreInputs: 0,
  };
}

/** The chart's last bar as its provenance shows it: a remainder of the total, or the sum of the products not drawn. */
export function otherBarProvenance(view: ExportComposition, bar: OtherBar, label: string): RemainderProvenance | null {
  if (bar.method === "total") return remainderProvenance(view, bar.derived, label);
  const rest = view.products.slice(TOP_PRODUCTS);
  const value = formatUsdMillions(bar.derived.value);
  return {
    label: `${label}, ${view.year}`,
    value,
    formula: t("prov.formula.sum", { count: rest.length, result: value }),
    inputs: rest.slice(0, LISTED_INPUTS).map((f) => ({ label: f.primary.product, record: f.primary })),
    moreInputs: Math.max(rest.length - LISTED_INPUTS, 0),
  };
}
