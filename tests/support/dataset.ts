/** The real bundled dataset, validated, for transform tests (no inline fixtures: STYLE habit 6). */
import companies from "../../mock-data/companies.json";
import exportProducts from "../../mock-data/export-products.json";
import investment from "../../mock-data/investment.json";
import milestones from "../../mock-data/milestones.json";
import sources from "../../mock-data/sources.json";
import trade from "../../mock-data/trade.json";
import { parseResource } from "../../src/data-source/parse-resource";
import { sourceDates } from "../../src/data-source/versions";

/** The files as fetched by the app (see bundled-files.ts), for createBundledSource. */
export const raw = { sources, trade, exportProducts, investment, companies, milestones };

export const data = {
  sources: parseResource("sources", sources),
  trade: parseResource("trade", trade),
  exportProducts: parseResource("exportProducts", exportProducts),
  investment: parseResource("investment", investment),
  companies: parseResource("companies", companies),
  milestones: parseResource("milestones", milestones),
};

export const dates = sourceDates(data.sources.sources);
