/** Words for the current view and a citation of it: title, filters, link, access date, sources. */
import type { DataVersion } from "../data-source/data-version";
import type { SectorId, Source } from "../data-source/schema";
import { formatDate, formatList } from "../lib/format";
import { currentLocale, t } from "../lib/messages";

/** "year 2024, sectors: energy, finance"; `sectors` null when the view does not depend on them. */
export function filtersInWords(year: number | null, sectors: readonly SectorId[] | null): string {
  const parts: string[] = [];
  if (year !== null) parts.push(t("cite.year", { year }));
  if (sectors !== null) parts.push(sectorsInWords(sectors));
  return parts.join(", ");
}

function sectorsInWords(sectors: readonly SectorId[]): string {
  return sectors.length === 0
    ? t("cite.allSectors")
    : t("cite.sectors", {
        sectors: sectors.map((s) => t(`sector.${s}`).toLocaleLowerCase(currentLocale())).join(", "),
      });
}

/**
 * Every active filter, for an image's subtitle: the year and the sectors, each marked when
 * it does not change what the panel shows (so "sectors: energy" over trade totals is not
 * read as an energy-only total).
 */
export function activeFiltersInWords(
  year: number | null,
  sectors: readonly SectorId[],
  uses: { year: boolean; sectors: boolean },
): string {
  const parts: string[] = [];
  if (year !== null) {
    const text = t("cite.year", { year });
    parts.push(uses.year ? text : t("export.filterNotApplied", { filter: text }));
  }
  if (uses.sectors || sectors.length > 0) {
    const text = sectorsInWords(sectors);
    parts.push(uses.sectors ? text : t("export.filterNotApplied", { filter: text }));
  }
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

/**
 * Where a reader finds the document: its URL, else the page address its attribution gives
 * in brackets ("Today.az analytics (today.az/news/analytics/265497.html)"), else null.
 */
export function sourceAddress(source: Source): string | null {
  if (source.url) return source.url;
  const match = /\(((?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s),;]*)/i.exec(source.publisherDetail ?? "");
  return match?.[1] ?? null;
}

function sourceDate(source: Source): string {
  return source.published ? formatDate(source.published) : t("common.undated");
}

/** "Publisher, “Title”, Aug 28, 2025": how a document is named to readers when it has no address. */
export function sourceName(source: Source): string {
  return [source.publisher, `“${source.title}”`, sourceDate(source)].join(", ");
}

/** "Publisher, “Title”, Aug 28, 2025, https://…" (the address where one is known). */
export function citeSource(source: Source): string {
  const address = sourceAddress(source);
  return address ? `${sourceName(source)}, ${address}` : sourceName(source);
}

/**
 * "Sources: Publisher (Aug 28, 2025); Trend (undated; 3 documents)": the short line drawn
 * into images; documents that would read the same are counted, not repeated.
 */
export function sourceLine(sources: readonly Source[]): string {
  const counts = new Map<string, { publisher: string; date: string; count: number }>();
  for (const s of sources) {
    const date = sourceDate(s);
    const key = `${s.publisher}\u0000${date}`;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { publisher: s.publisher, date, count: 1 });
  }
  return t("cite.sourceLine", {
    sources: [...counts.values()].map((e) => t("cite.sourceShort", e)).join("; "),
  });
}

/** An ISO date for the reader's local calendar day (toISOString would give the UTC day). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "Accessed Mar 12, 2026." by the reader's local day. */
export function accessedLine(accessed: Date): string {
  return t("cite.accessed", { date: formatDate(localIsoDate(accessed)) });
}

export interface CitationInput {
  year: number | null;
  sectors: readonly SectorId[];
  /** Titles of the panels shown as tables, if any. */
  tables?: readonly string[];
  link: string;
  accessed: Date;
  sources: readonly Source[];
  /** The dataset's version (the link pins it too); null when the data source states none. */
  dataVersion?: DataVersion | null;
}

/** "Data version da1be9fd · last updated 10 March 2026": the footer's line, in downloads and citations too. */
export function versionLine(version: DataVersion): string {
  return version.lastUpdated
    ? t("version.line", { version: version.version, date: formatDate(version.lastUpdated) })
    : t("version.lineUndated", { version: version.version });
}

export function buildCitation(input: CitationInput): string {
  const filters = filtersInWords(input.year, input.sectors);
  const lines = [
    t("cite.heading", { title: t("app.title"), filters }),
    ...(input.tables && input.tables.length > 0 ? [t("cite.tables", { panels: formatList(input.tables) })] : []),
    input.link,
    ...(input.dataVersion ? [`${versionLine(input.dataVersion)}.`] : []),
    accessedLine(input.accessed),
  ];
  if (input.sources.length > 0) {
    lines.push(t("cite.sourcesHeading"));
    for (const s of input.sources) lines.push(`- ${citeSource(s)}`);
  }
  return lines.join("\n");
}
