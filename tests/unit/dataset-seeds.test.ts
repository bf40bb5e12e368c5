/**
 * Guards the bundled dataset against its primary sources: every file parses with the
 * contract, every figure taken from a seed article quotes it verbatim, and the figures
 * the sources disagree on keep all their versions.
 */
import { describe, it, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";
import {
  DATASET_FILES,
  companiesFileSchema,
  exportProductsFileSchema,
  investmentFileSchema,
  milestonesFileSchema,
  sourcesFileSchema,
  tradeFileSchema,
  type CompaniesFile,
  type ExportProductsFile,
  type InvestmentFile,
  type MilestonesFile,
  type SourcesFile,
  type TradeFile,
} from "../../src/data-source/schema";

const MOCK_DATA_DIR = path.resolve(__dirname, "../../mock-data");
// The seeds live next to the repository (../shared from the project root), not inside it.
const SEEDS_DIR = path.resolve(__dirname, "../../../shared/seeds");

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(MOCK_DATA_DIR, file), "utf8")) as unknown;
}

/** Structural, so the test does not depend on whether the schema module uses zod or zod/mini. */
interface Parser<T> {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

function parseFile<T>(schema: Parser<T>, file: string): T {
  const result = schema.safeParse(readJson(file));
  if (!result.success) throw new Error(`${file} does not parse:\n${JSON.stringify(result.error.issues, null, 2)}`);
  return result.data;
}

interface Dataset {
  sources: SourcesFile;
  trade: TradeFile;
  exportProducts: ExportProductsFile;
  investment: InvestmentFile;
  companies: CompaniesFile;
  milestones: MilestonesFile;
}

let cached: Dataset | undefined;
function dataset(): Dataset {
  cached ??= {
    sources: parseFile(sourcesFileSchema, DATASET_FILES.sources.file),
    trade: parseFile(tradeFileSchema, DATASET_FILES.trade.file),
    exportProducts: parseFile(exportProductsFileSchema, DATASET_FILES.exportProducts.file),
    investment: parseFile(investmentFileSchema, DATASET_FILES.investment.file),
    companies: parseFile(companiesFileSchema, DATASET_FILES.companies.file),
    milestones: parseFile(milestonesFileSchema, DATASET_FILES.milestones.file),
  };
  return cached;
}

/** Anything that cites sources and may carry a verbatim quote of a seed. */
interface Cited {
  label: string;
  sourceIds: readonly string[];
  quote?: string | undefined;
  statedAs?: string | undefined;
}

function citedItems(d: Dataset): Cited[] {
  const records = [...d.trade.records, ...d.exportProducts.records, ...d.investment.records, ...d.companies.counts];
  return [
    ...records.map((r) => ({ label: r.id, sourceIds: r.sourceIds, quote: r.quote, statedAs: r.statedAs })),
    ...d.exportProducts.namedProducts.map((n) => ({ label: n.id, sourceIds: n.sourceIds, quote: n.quote })),
    ...d.companies.companies.flatMap((c) =>
      c.roles.map((role, i) => ({ label: `${c.id} roles[${i}]`, sourceIds: role.sourceIds, quote: role.quote })),
    ),
    // A milestone may cite two seeds, each with its own quote: one item per seed (web-only milestones have none).
    ...d.milestones.milestones.flatMap((m) => {
      const quoted = m.quotes.map((q) => ({
        label: `${m.id} (${q.sourceId})`,
        sourceIds: [q.sourceId],
        quote: q.text,
      }));
      const unquoted = m.sourceIds.filter((id) => !m.quotes.some((q) => q.sourceId === id));
      return unquoted.length === 0 ? quoted : [...quoted, { label: m.id, sourceIds: unquoted }];
    }),
  ];
}

function allIds(d: Dataset): string[] {
  return [
    ...d.sources.sources.map((s) => s.id),
    ...d.trade.records.map((r) => r.id),
    ...d.exportProducts.records.map((r) => r.id),
    ...d.exportProducts.namedProducts.map((n) => n.id),
    ...d.investment.records.map((r) => r.id),
    ...d.companies.counts.map((c) => c.id),
    ...d.companies.companies.map((c) => c.id),
    ...d.milestones.milestones.map((m) => m.id),
  ];
}

const collapseWhitespace = (text: string): string => text.replace(/\s+/g, " ").trim();

const seedTextCache = new Map<string, string>();
function seedText(seedFile: string): string {
  let text = seedTextCache.get(seedFile);
  if (text === undefined) {
    text = collapseWhitespace(fs.readFileSync(path.join(SEEDS_DIR, seedFile), "utf8"));
    seedTextCache.set(seedFile, text);
  }
  return text;
}

function sortedValues(records: ReadonlyArray<{ value: number }>): number[] {
  return records.map((r) => r.value).sort((a, b) => a - b);
}

describe("mock-data against the schema", () => {
  it.each(Object.values(DATASET_FILES))("$file parses with its schema", ({ file, schema }) => {
    const result = schema.safeParse(readJson(file));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("cites only sources that exist in sources.json", () => {
    const d = dataset();
    const known = new Set(d.sources.sources.map((s) => s.id));
    const unknown = citedItems(d).flatMap((item) =>
      item.sourceIds.filter((id) => !known.has(id)).map((id) => `${item.label} -> ${id}`),
    );
    expect(unknown).toEqual([]);
  });

  it("uses every id once across all files", () => {
    const ids = allIds(dataset());
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
  });
});

describe("mock-data against the seed articles", () => {
  it("finds every seed file next to the repository", () => {
    expect(path.basename(path.dirname(SEEDS_DIR))).toBe("shared");
    const seeds = dataset().sources.sources.filter((s) => s.kind === "seed");
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      expect(seed.seedFile, seed.id).toBeDefined();
      expect(fs.existsSync(path.join(SEEDS_DIR, seed.seedFile ?? "")), `${seed.id}: ${seed.seedFile ?? ""}`).toBe(true);
    }
  });

  it("quotes a seed verbatim wherever a seed is cited, and the quote contains statedAs", () => {
    const d = dataset();
    const seedFiles = new Map(d.sources.sources.flatMap((s) => (s.seedFile === undefined ? [] : [[s.id, s.seedFile]])));
    const cited = citedItems(d).filter((item) => item.sourceIds.some((id) => seedFiles.has(id)));
    expect(cited.length).toBeGreaterThan(0);
    for (const item of cited) {
      expect(item.quote, `${item.label} needs a quote`).toBeDefined();
      const quote = collapseWhitespace(item.quote ?? "");
      for (const id of item.sourceIds) {
        const seedFile = seedFiles.get(id);
        if (seedFile === undefined) continue;
        expect(seedText(seedFile).includes(quote), `${item.label}: quote not found verbatim in ${seedFile}`).toBe(true);
      }
      if (item.statedAs !== undefined) {
        expect(item.quote, `${item.label}: statedAs "${item.statedAs}" not in quote`).toContain(item.statedAs);
      }
    }
  });
});

describe("milestones against their sources", () => {
  const milestones = () => dataset().milestones.milestones;

  it("runs from the 1992 Section 907 to the 2026 Charter and business mission", () => {
    const list = milestones();
    expect(list.length).toBeGreaterThan(30);
    expect(list[0]?.date.slice(0, 4)).toBe("1992");
    const titles = list.map((m) => m.title).join(" | ");
    for (const name of [
      "Section 907",
      "Contract of the Century",
      "Strategic Partnership Charter",
      "business mission",
    ]) {
      expect(titles).toContain(name);
    }
  });

  it("is sorted by date, then id", () => {
    const keys = milestones().map((m) => `${m.date} ${m.id}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("quotes every cited seed, and only cited sources", () => {
    const seeds = new Set(
      dataset()
        .sources.sources.filter((s) => s.kind === "seed")
        .map((s) => s.id),
    );
    for (const m of milestones()) {
      const quoted = m.quotes.map((q) => q.sourceId);
      expect(quoted, `${m.id}: one quote per seed`).toEqual([...new Set(quoted)]);
      for (const id of m.sourceIds.filter((s) => seeds.has(s)))
        expect(quoted, `${m.id} needs a quote of ${id}`).toContain(id);
      for (const id of quoted) expect(seeds.has(id), `${m.id}: ${id} is not a seed`).toBe(true);
    }
  });

  it("states each quoted milestone's year in a quote, or explains in the note how the date was found", () => {
    for (const m of milestones()) {
      const year = m.date.slice(0, 4);
      const inQuote = m.quotes.some((q) => q.text.includes(year));
      // A web-only milestone has no stored quote: its date is the page's, as recorded in facts.csv.
      if (m.dateInferred || (m.quotes.length > 0 && !inQuote)) {
        expect(
          m.note,
          `${m.id}: the year ${year} is not in a quote, so the note must say where it comes from`,
        ).toBeDefined();
        expect(m.note ?? "", `${m.id}: the note should name the year`).toMatch(new RegExp(`${year}|year`));
      }
    }
  });

  it("keeps a precise date's unused parts at their first value", () => {
    for (const m of milestones()) {
      if (m.datePrecision === "year") expect(m.date.slice(5), m.id).toBe("01-01");
      if (m.datePrecision === "month") expect(m.date.slice(8), m.id).toBe("01");
    }
  });
});

describe("figures that must not drift", () => {
  const fullYear = (year: number) => ({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });

  it("keeps the 2024 national trade figures of the seed table", () => {
    const national2024 = dataset().trade.records.filter(
      (r) =>
        r.basis === "national" &&
        r.scope === "all_goods" &&
        r.periodStart === fullYear(2024).periodStart &&
        r.periodEnd === fullYear(2024).periodEnd,
    );
    const valuesOf = (metric: string) => national2024.filter((r) => r.metric === metric).map((r) => r.value);
    expect(valuesOf("imports")).toContain(1617.93);
    expect(valuesOf("exports")).toContain(135.03);
    expect(valuesOf("turnover")).toContain(1752.96);
  });

  it("keeps every version of the 2025 turnover", () => {
    const turnover2025 = dataset().trade.records.filter(
      (r) =>
        r.metric === "turnover" &&
        r.scope === "all_goods" &&
        r.periodStart === fullYear(2025).periodStart &&
        r.periodEnd === fullYear(2025).periodEnd,
    );
    expect(sortedValues(turnover2025)).toEqual([1360, 1550, 1557, 1600]);
  });

  it("keeps both versions of Azerbaijani investment in the U.S. in January–September 2025", () => {
    const flows = dataset().investment.records.filter(
      (r) =>
        r.metric === "flow" &&
        r.direction === "az_to_us" &&
        r.periodStart === "2025-01-01" &&
        r.periodEnd === "2025-09-30",
    );
    expect(sortedValues(flows)).toEqual([77.621, 117]);
  });

  it.each(["bp", "Shell", "Ericsson"])("does not count %s as a U.S. company", (name) => {
    const company = dataset().companies.companies.find((c) => c.name === name);
    expect(company, name).toBeDefined();
    expect(company?.hqCountry).not.toBeNull();
    expect(company?.hqCountry).not.toBe("US");
  });
});
