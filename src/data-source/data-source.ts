/**
 * A DataSource hands out one validated resource at a time, filtered by a ResourceQuery,
 * wrapped in the same envelope as the HTTP API (see api-contract.ts). The bundled source
 * reads mock-data/; the HTTP source reads any API that speaks the contract.
 */
import type { ResourceQuery, ResourceResponse } from "./api-contract";
import type { LabelLanguage, LabelsFile } from "./labels";
import type {
  CompaniesFile,
  ExportProductsFile,
  InvestmentFile,
  MilestonesFile,
  ResourceName,
  SourcesFile,
  TradeFile,
} from "./schema";

export interface ResourceMap {
  sources: SourcesFile;
  trade: TradeFile;
  exportProducts: ExportProductsFile;
  investment: InvestmentFile;
  companies: CompaniesFile;
  milestones: MilestonesFile;
}

type DataSourceKind = "bundled" | "http";

export interface DataSource {
  readonly kind: DataSourceKind;
  /** Where the data comes from, for the footer: "the bundled dataset" or the API's base URL. */
  readonly origin: string;
  load<R extends ResourceName>(resource: R, query: ResourceQuery, signal?: AbortSignal): Promise<ResourceResponse<R>>;
  /**
   * Synchronous sources (the bundle) hand over a valid resource at once, so the first render
   * already has data. Returns undefined when it cannot (then `load` runs and reports the error).
   */
  peek?<R extends ResourceName>(resource: R, query: ResourceQuery): ResourceResponse<R> | undefined;
  /** The dataset's labels in another language than English (see labels.ts); absent: English only. */
  loadLabels?(language: LabelLanguage, signal?: AbortSignal): Promise<LabelsFile>;
  /** The labels, when already at hand (so a page in that language renders them at once). */
  peekLabels?(language: LabelLanguage): LabelsFile | undefined;
}
