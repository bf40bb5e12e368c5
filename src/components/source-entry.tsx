import { sourceAddress } from "../export/citation";
import { isEnglish } from "../data-source/labels";
import { DataText, SourceWords } from "./data-text";
import { formatDate, formatPeriod, formatStated } from "../lib/format";
import { t } from "../lib/messages";
import type { SourcedRecord } from "../lib/provenance";
import { useSourceIndex } from "./sources-context";
import { useEmbedded } from "./embed-context";

/** The anchor of a source's entry in the Sources section: "source-article-003". */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** One source in full: publisher, date (or why it is undated), title (linked, or its address), and its Sources entry. */
export function SourceEntry({ id }: { id: string }) {
  const source = useSourceIndex().get(id);
  // A chart-only view has no Sources list to point into.
  const embedded = useEmbedded();
  if (!source) return <li>{id}</li>;
  const address = source.url ? null : sourceAddress(source);
  return (
    <li className="mt-1">
      <span className="font-medium">{source.publisher}</span>,{" "}
      {source.published ? formatDate(source.published) : t("common.undated")}:{" "}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener" className="provenance-link">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {address && <span className="block break-words text-slate-600">{t("sources.address", { address })}</span>}
      {source.published === null && source.publishedNote && (
        <span className="block text-slate-600">{t("prov.undatedNote", { note: source.publishedNote })}</span>
      )}{" "}
      {!embedded && (
        <a href={`#${sourceAnchor(id)}`} className="provenance-link whitespace-nowrap">
          {t("prov.inSourcesList")}
        </a>
      )}
    </li>
  );
}

/** What one record says and where it comes from: wording, period, unit, basis, reporter, quote, note, sources. */
export function RecordDetails({ record }: { record: SourcedRecord }) {
  const rows: [string, string][] = [
    [t("prov.value"), formatStated(record)],
    [t("prov.statedAsLabel"), t("prov.statedAs", { text: record.statedAs })],
    [
      t("common.period"),
      formatPeriod(record.periodStart, record.periodEnd) + (record.dateInferred ? ` (${t("common.inferred")})` : ""),
    ],
    [t("prov.unit"), t(`prov.unit.${record.unit}`)],
    ...(record.basis ? [[t("prov.basis"), t(`basis.${record.basis}`)] as [string, string]] : []),
    [t("prov.reporter"), record.reporter],
  ];
  return (
    <div>
      <dl className="provenance-facts">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {record.quote && (
        <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-700 italic">
          “<SourceWords text={record.quote} />”
        </blockquote>
      )}
      {record.note && (
        <p className="mt-1 text-slate-700">
          {isEnglish(record, "note") ? (
            <DataText record={record} field="note" text={t("prov.note", { note: record.note })} />
          ) : (
            t("prov.note", { note: record.note })
          )}
        </p>
      )}
      <p className="mt-1 mb-0 font-medium">{t("prov.sourcesHeading", { count: record.sourceIds.length })}</p>
      <ul className="m-0 list-none p-0">
        {record.sourceIds.map((id) => (
          <SourceEntry key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}
