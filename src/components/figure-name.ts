/**
 * What a sourced figure is, said from its record alone: the measure (trade metric, investment
 * metric and direction, company-count concept, product), its scope when it is not the whole,
 * and its period. The accessible name of a figure button starts with it, so a button says
 * what it opens ("U.S. rank among import sources, Jan–Oct 2025: 4th — sources").
 */
import type { CompanyCount, InvestmentRecord, ProductRecord, TradeRecord } from "../data-source/schema";
import { formatPeriod } from "../lib/format";
import { t } from "../lib/messages";
import type { SourcedRecord } from "../lib/provenance";

type Trade = SourcedRecord & Pick<TradeRecord, "metric" | "scope">;
type Investment = SourcedRecord & Pick<InvestmentRecord, "metric" | "scope" | "direction">;
type Count = SourcedRecord & Pick<CompanyCount, "concept">;
type Product = SourcedRecord & Pick<ProductRecord, "product">;

function isInvestment(r: SourcedRecord): r is Investment {
  return "metric" in r && "direction" in r;
}
function isTrade(r: SourcedRecord): r is Trade {
  return "metric" in r && "scope" in r && !("direction" in r);
}
function isCount(r: SourcedRecord): r is Count {
  return "concept" in r;
}
function isProduct(r: SourcedRecord): r is Product {
  return "product" in r;
}

const joined = (what: string, detail: string) => t("prov.nameParts", { what, detail });

function tradeMeasure(r: Trade): string {
  if (r.scope === "all_goods") return t(`trade.metric.${r.metric}`);
  // "Non-oil & gas exports" says the metric and its scope at once.
  return r.metric === "exports"
    ? t(`exports.scope.${r.scope}`)
    : joined(t(`trade.metric.${r.metric}`), t(`exports.scope.${r.scope}`));
}

function investmentMeasure(r: Investment): string {
  const measure = joined(t(`fdi.metric.${r.metric}`), t(r.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs"));
  return r.scope === "all_sectors" ? measure : joined(measure, t(`fdi.scope.${r.scope}`));
}

/** The measure of a record, or null when the record does not say (then the period alone names it). */
function measureOf(r: SourcedRecord): string | null {
  if (isInvestment(r)) return investmentMeasure(r);
  if (isTrade(r)) return tradeMeasure(r);
  if (isCount(r)) return t("prov.countName", { concept: t(`companies.concept.${r.concept}`) });
  if (isProduct(r)) return r.product;
  return null;
}

/** "U.S. rank among import sources, Jan–Oct 2025"; the period alone for a record without a measure. */
export function figureName(record: SourcedRecord): string {
  const period = formatPeriod(record.periodStart, record.periodEnd);
  const measure = measureOf(record);
  return measure === null ? period : joined(measure, period);
}
