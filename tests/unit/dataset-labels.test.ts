/**
 * The labels around the numbers are as honest as the numbers (issue 9, item 9): one written
 * rule for "date inferred" applied to every seed, figures shown together from one source,
 * undated counts never merged, the source's rounding kept, one version list per figure, and
 * the people, sectors and versions the sources give.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { data, dates } from "../support/dataset";
import { explainPrimary } from "../../src/data-source/primary-explain";
import { buildFigures, figureKey } from "../../src/data-source/versions";
import { formatStated } from "../../src/lib/format";
import { buildExportComposition } from "../../src/panels/export-composition/export-composition.transform";
import { exportTable } from "../../src/panels/export-composition/export-composition.table";
import { buildInvestmentView } from "../../src/panels/investment/investment.transform";
import { buildTradeSeries } from "../../src/panels/trade-turnover/trade-turnover.transform";
import { tradeTable } from "../../src/panels/trade-turnover/trade-turnover.table";

const SEEDS_DIR = path.resolve(__dirname, "../../../shared/seeds");
const collapse = (text: string): string => text.replace(/\s+/g, " ").trim();
const seeds = new Map(
  data.sources.sources.flatMap((s) =>
    s.seedFile === undefined
      ? []
      : [[s.id, { raw: fs.readFileSync(path.join(SEEDS_DIR, s.seedFile), "utf8"), published: s.published }]],
  ),
);

/** Sentences of a quote: a full stop (or ! ?) followed by a space and a capital, a quote mark or a digit. */
function sentences(text: string): string[] {
  return collapse(text).split(/(?<=[.!?])\s+(?=[A-Z“"$0-9])/);
}

const hasYear = (text: string, year: string): boolean => new RegExp(`\\b${year}\\b`).test(text);

/** True when the quote starts a paragraph (a line) of the seed, so its first sentence may be the paragraph's lead. */
function startsParagraph(raw: string, quote: string): boolean {
  const head = collapse(quote).slice(0, 30);
  return raw.split("\n").some((line) => collapse(line).startsWith(head));
}

interface Dated {
  label: string;
  periodStart: string | null;
  periodEnd: string | null;
  dateInferred: boolean;
  sourceIds: readonly string[];
  quote?: string | undefined;
  statedAs?: string | undefined;
  note?: string | undefined;
}

/**
 * mock-data/README.md, "Periods and dates": a seed figure's period is stated (dateInferred
 * false) when every year of it is written in the sentence that states the figure, or in the
 * lead that opens its paragraph and names the period for what follows ("Statistics for 2025
 * …": a sentence with the year and no other number, which the quote then starts with). A
 * period carried over from any other sentence, even the one just before ("Meanwhile …",
 * "during the same period", "Thus …"), or worked out from "last year", is inferred. An as-of
 * date is stated when it is the seed's own publication date. A record without any date has
 * nothing to infer.
 */
function periodStated(item: Dated, seedId: string): boolean {
  const seed = seeds.get(seedId);
  const quote = item.quote ?? "";
  if (item.periodStart === null && item.periodEnd === null) return true;
  if (item.periodStart === null) return seed?.published === item.periodEnd;
  const years = [...new Set([item.periodStart, item.periodEnd ?? item.periodStart].map((d) => d.slice(0, 4)))];
  const parts = sentences(quote);
  const stated = item.statedAs;
  const figureSentence = (stated === undefined ? undefined : parts.find((s) => s.includes(stated))) ?? collapse(quote);
  if (years.every((y) => hasYear(figureSentence, y))) return true;
  const [lead] = parts;
  const isLead =
    lead !== undefined &&
    lead !== figureSentence &&
    seed !== undefined &&
    startsParagraph(seed.raw, quote) &&
    years.every((y) => hasYear(lead, y)) &&
    lead.replace(new RegExp(years.join("|"), "g"), "").match(/\d/) === null;
  return isLead;
}

function seedQuoted(): Dated[] {
  const records = [
    ...data.trade.records,
    ...data.exportProducts.records,
    ...data.investment.records,
    ...data.companies.counts,
  ].map((r) => ({ ...r, label: r.id }));
  const roles = data.companies.companies.flatMap((c) =>
    c.roles.map((role, i) => ({ ...role, label: `${c.id} roles[${i}]` })),
  );
  return [...records, ...roles].filter((item) => item.quote !== undefined && item.sourceIds.some((s) => seeds.has(s)));
}

describe("“date inferred” follows one rule for every seed", () => {
  const items = seedQuoted();

  it("checks a real set of records", () => {
    expect(items.length).toBeGreaterThan(50);
  });

  it.each(items.map((item) => [item.label, item] as const))("%s", (_label, item) => {
    const seedId = item.sourceIds.find((s) => seeds.has(s)) ?? "";
    expect(item.dateInferred, `${item.label}: period ${item.periodStart ?? "…"}..${item.periodEnd ?? "…"}`).toBe(
      !periodStated(item, seedId),
    );
  });

  it("marks the figures named in the issue as the rule says", () => {
    const inferred = (id: string) =>
      [...data.trade.records, ...data.investment.records].find((r) => r.id === id)?.dateInferred;
    // Under "Statistics for 2025": stated.
    for (const id of [
      "trade-2025-turnover-article003",
      "trade-2025-imports-article003",
      "trade-2025-exports-article003",
      "trade-2025-share-of-total-trade-article003",
    ])
      expect(inferred(id), id).toBe(false);
    // Periods taken from sentences before: all marked like seed 003's $117M.
    for (const id of [
      "fdi-az-us-2025-jan-sep-article003",
      "fdi-az-us-2025-jan-sep-share-article004",
      "fdi-az-us-2025-jan-sep-rank-article004",
      "fdi-az-us-2025-jan-sep-article004",
    ])
      expect(inferred(id), id).toBe(true);
  });

  it("says in the note how every inferred date was found", () => {
    const all = [
      ...data.trade.records,
      ...data.exportProducts.records,
      ...data.investment.records,
      ...data.companies.counts,
    ];
    expect(all.filter((r) => r.dateInferred && r.note === undefined).map((r) => r.id)).toEqual([]);
  });
});

describe("figures shown together come from the same source", () => {
  const view = buildInvestmentView(data.investment.records, 2025, dates);
  const period = view.groups.flatMap((g) => g.periods).find((p) => p.key === "2025-01-01..2025-09-30");

  it("pairs $77.621M with its own 3.9×, never with seed 003's 2.5×", () => {
    expect(period?.azToUs?.primary.value).toBe(77.621);
    expect(period?.azToUsGrowth?.primary.value).toBe(3.9);
    expect(period?.azToUsGrowth?.primary.sourceIds).toEqual(period?.azToUs?.primary.sourceIds);
    const listed = view.indicators.find(
      (f) => f.primary.metric === "flow_growth" && f.primary.direction === "az_to_us",
    );
    expect(listed?.primary.value).toBe(3.9);
    expect(listed?.versions.map((v) => v.value)).toEqual([3.9, 2.5]);
  });

  it("keeps each flow version beside the growth of its own source: $117M with 2.5×", () => {
    const growth = period?.azToUsGrowth;
    for (const flow of period?.azToUs?.versions ?? []) {
      const own = growth?.versions.find((g) => g.sourceIds.some((s) => flow.sourceIds.includes(s)));
      expect([flow.value, own?.value]).toEqual(flow.value === 117 ? [117, 2.5] : [77.621, 3.9]);
    }
  });

  it("does not explain a paired growth by the primary rule, which did not choose it", () => {
    const growth = period?.azToUsGrowth;
    expect(growth?.pairedWith?.id).toBe("fdi-az-us-2025-jan-sep-article004");
    expect(growth && explainPrimary(growth, dates)).toBeNull();
  });

  it("leaves a growth alone when its flow's source states none (U.S. → Azerbaijan: 30% from seed 003)", () => {
    expect(period?.usToAz?.primary.sourceIds).toEqual(["article-004"]);
    expect(period?.usToAzGrowth?.primary.value).toBe(30);
    expect(period?.usToAzGrowth?.pairedWith).toBeUndefined();
  });
});

describe("versions of a figure", () => {
  it("never merges undated counts from different sources", () => {
    const registered = [
      ...buildFigures(
        data.companies.counts.filter((c) => c.concept === "registered"),
        dates,
      ).values(),
    ];
    expect(
      registered.map((f) => [f.primary.value, f.primary.qualifier, f.primary.sourceIds, f.versions.length]),
    ).toEqual(
      expect.arrayContaining([
        [250, "more_than", ["article-001"], 1],
        [300, "exact", ["article-004"], 1],
      ]),
    );
    expect(registered).toHaveLength(2);
    expect(registered.every((f) => f.primary.periodEnd === null && !f.conflict)).toBe(true);
  });

  it("keeps “more than 31 companies” as a version beside “31” for the 2026 mission", () => {
    const mission = [
      ...buildFigures(
        data.companies.counts.filter((c) => c.concept === "mission_participants"),
        dates,
      ).values(),
    ];
    expect(mission).toHaveLength(1);
    expect(mission[0]?.versions.map((v) => [v.value, v.qualifier, v.statedAs])).toEqual([
      [31, "exact", "всего 31 компания"],
      [31, "more_than", "more than 31 companies"],
    ]);
    const azernews = data.sources.sources.find((s) => s.id === mission[0]?.versions[1]?.sourceIds[0]);
    expect(azernews?.publisher).toBe("AzerNews");
  });

  it("shows the same versions of 2024 exports in the trade headline and the export table", () => {
    const series = buildTradeSeries(data.trade.records, dates);
    const headline = series.years.find((y) => y.year === 2024)?.exports;
    const composition = buildExportComposition(
      { products: data.exportProducts.records, named: data.exportProducts.namedProducts, trade: data.trade.records },
      2024,
      [],
      dates,
    );
    const exportRow = exportTable(composition, []).rows.find((r) => r.figure?.primary.id === headline?.primary.id);
    const tradeRow = tradeTable(series, 2024).rows.find((r) => r.figure?.primary.id === headline?.primary.id);
    const ids = (versions: readonly { id: string }[] | undefined) => versions?.map((v) => v.id);
    expect(headline?.versions).toHaveLength(4);
    expect(ids(exportRow?.figure?.versions)).toEqual(ids(headline?.versions));
    expect(ids(tradeRow?.figure?.versions)).toEqual(ids(headline?.versions));
  });

  it("groups by what a record measures, never by its basis", () => {
    const [oec, national] = ["trade-2024-exports-oec-article001", "trade-2024-exports-article001"].map((id) =>
      data.trade.records.find((r) => r.id === id),
    );
    expect(oec && national && figureKey(oec)).toBe(national && figureKey(national));
  });
});

describe("a source's rounding stays on screen", () => {
  const record = (id: string) =>
    [...data.trade.records, ...data.investment.records].find((r) => r.id === id) ??
    (() => {
      throw new Error(`no record ${id}`);
    })();

  it.each([
    ["trade-2024-turnover-article000", "$1.7B"], // "$1.7 billion", not $1,700M
    ["trade-2024-turnover-article001", "$1,752.96M"], // "$1,752.96M"
    ["trade-2024-turnover-article002", "$1,752M"], // "$1 billion 752 million": mixed wording stays in millions
    ["trade-2025-turnover-article004", "$1.557B"], // "$ 1.557 billion"
    ["fdi-us-az-stock-2022-02-01-interfax-819686", "about $19B"], // "около $19 млрд"
    ["fdi-us-az-stock-2018-09-10-azernews-137309", "more than $13B"],
    ["fdi-az-us-2025-jan-sep-article004", "$77.621M"],
  ])("%s shows as %s", (id, shown) => {
    expect(formatStated(record(id))).toBe(shown);
  });
});

describe("people and sectors as the sources give them", () => {
  it("calls Samir Sharifov Finance Minister in every record, noting one page's “Minister of Taxes” slip", () => {
    const all = [...data.trade.records, ...data.investment.records];
    const sharifov = all.filter((r) => r.reporter.includes("Sharifov"));
    expect(sharifov.length).toBeGreaterThan(3);
    for (const r of sharifov) expect(r.reporter, r.id).toMatch(/Finance Minister Samir Sharifov/);
    const slips = all.filter((r) => r.sourceIds.includes("web-azvision-108298") && r.reporter.includes("Sharifov"));
    expect(slips.length).toBeGreaterThan(0);
    for (const r of slips) expect(r.note, r.id).toMatch(/“?Minister of Taxes”?.*slip|slip.*Minister of Taxes/);
  });

  it("puts Azerbaijan Coca-Cola Bottlers in consumer", () => {
    expect(data.companies.companies.find((c) => c.name.startsWith("Azerbaijan Coca-Cola"))?.sector).toBe("consumer");
  });
});

describe("ids readers meet in downloads", () => {
  it("name a primary article by its number, never by an internal word", () => {
    const ids = JSON.stringify(data).match(/"(id|sourceIds?)":\s*("[^"]*"|\[[^\]]*\])/g) ?? [];
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) expect(id).not.toMatch(/seed|mock|\.txt/i);
    expect(data.sources.sources.filter((s) => s.kind === "seed").map((s) => s.id)).toEqual([
      "article-000",
      "article-001",
      "article-002",
      "article-003",
      "article-004",
    ]);
  });
});
