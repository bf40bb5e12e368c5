/** Words for the current view and a citation of it: title, filters, link, access date, sources. */
import type { SectorId, Source } from "../data-source/schema";
import { formatDate, formatList } from "../lib/format";
import { LOCALE, t } from "../lib/messages";

/** "year 2024, sectors: energy, finance"; `sectors` null when the view does not depend on them. */
export function filtersInWords(year: number | null, sectors: readonly SectorId[] | null): string {
  const parts: string[] = [];
  if (year !== null) parts.push(t("cite.year", { year }));
  if (sectors !== null)
    parts.push(
      sectors.length === 0
        ? t("cite.allSectors")
        : t("cite.sectors", { sectors: sectors.map((s) => t(`sector.${s}`).toLocaleLowerCase(LOCALE)).join(", ") }),
    );
  return parts.join(", ");
}

/** The ids in first-seen order, without repeats, that the index knows. */
export function usedSources(ids: readonly string[], index: ReadonlyMap<string, Source>): Source[] {
  const seen = new Set<string>();
  const list: Source[] = [];
  for (const id of ids) {
    const source = index.get(id);
    if (source && !seen.has(id)) {
      seen.add(id);
      list.push(source);
    }
  }
  return list;
}

/** "Publisher, “Title”, 28 Aug 2025, https://… (or: seed article 000_….txt)". */
export function citeSource(source: Source): string {
  const date = source.published ? formatDate(source.published) : t("common.undated");
  const where = source.url ?? (source.seedFile ? t("export.seedFile", { file: source.seedFile }) : "");
  return [source.publisher, `“${source.title}”`, date, where].filter((p) => p !== "").join(", ");
}

/** "Publisher (28 Aug 2025); Publisher (undated)": the short line drawn into images. */
export function sourceLine(sources: readonly Source[]): string {
  return t("cite.sourceLine", {
    sources: sources
      .map((s) => `${s.publisher} (${s.published ? formatDate(s.published) : t("common.undated")})`)
      .join("; "),
  });
}

/** An ISO date for the reader's local calendar day (toISOString would give the UTC day). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface CitationInput {
  year: number | null;
  sectors: readonly SectorId[];
  /** Titles of the panels shown as tables, if any. */
  tables?: readonly string[];
  link: string;
  accessed: Date;
  sources: readonly Source[];
}

export function buildCitation(input: CitationInput): string {
  const filters = filtersInWords(input.year, input.sectors);
  const lines = [
    t("cite.heading", { title: t("app.title"), filters }),
    ...(input.tables && input.tables.length > 0 ? [t("cite.tables", { panels: formatList(input.tables) })] : []),
    input.link,
    t("cite.accessed", { date: formatDate(localIsoDate(input.accessed)) }),
  ];
  if (input.sources.length > 0) {
    lines.push(t("cite.sourcesHeading"));
    for (const s of input.sources) lines.push(`- ${citeSource(s)}`);
  }
  return lines.join("\n");
}
