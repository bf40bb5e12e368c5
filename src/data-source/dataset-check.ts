/**
 * Checks that need more than one file: every sourceId resolves, every id is unique.
 * Used by the build (vite plugin) and the tests.
 */
import type { ResourceMap } from "./data-source";

export function datasetProblems(data: ResourceMap): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(data.sources.sources.map((s) => s.id));
  const seen = new Map<string, string>();
  const check = (file: string, collection: string, item: { id: string; sourceIds: readonly string[] }) => {
    const where = `mock-data/${file}: ${collection} id "${item.id}"`;
    const previous = seen.get(item.id);
    if (previous) problems.push(`${where}: id already used in ${previous}`);
    seen.set(item.id, `mock-data/${file}`);
    for (const sid of item.sourceIds) {
      if (!sourceIds.has(sid)) problems.push(`${where}, field "sourceIds": unknown source "${sid}"`);
    }
  };
  data.trade.records.forEach((r) => check("trade.json", "records", r));
  data.exportProducts.records.forEach((r) => check("export-products.json", "records", r));
  data.exportProducts.namedProducts.forEach((r) => check("export-products.json", "namedProducts", r));
  data.investment.records.forEach((r) => check("investment.json", "records", r));
  data.companies.counts.forEach((r) => check("companies.json", "counts", r));
  data.companies.companies.forEach((c) =>
    check("companies.json", "companies", {
      id: c.id,
      sourceIds: c.roles.flatMap((r) => r.sourceIds),
    }),
  );
  data.milestones.milestones.forEach((m) => check("milestones.json", "milestones", m));
  return problems;
}
