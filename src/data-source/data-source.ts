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
}
