/**
 * A DataSource hands out one validated resource at a time. The bundled source reads
 * mock-data/; an HTTP source (a later issue) will speak the same contract.
 */
import type { CompaniesFile, ExportProductsFile, InvestmentFile, ResourceName, SourcesFile, TradeFile } from "./schema";

export interface ResourceMap {
  sources: SourcesFile;
  trade: TradeFile;
  exportProducts: ExportProductsFile;
  investment: InvestmentFile;
  companies: CompaniesFile;
}

export interface DataSource {
  readonly kind: "bundled" | "http";
  load<R extends ResourceName>(resource: R, signal?: AbortSignal): Promise<ResourceMap[R]>;
  /**
   * Synchronous sources (the bundle) hand over a valid resource at once, so the first render
   * already has data. Returns undefined when it cannot (then `load` runs and reports the error).
   */
  peek?<R extends ResourceName>(resource: R): ResourceMap[R] | undefined;
}
