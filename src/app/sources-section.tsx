import { memo, useEffect, useMemo, useRef, useState } from "react";
import { LIST_STEP, ShowMore, useListLimit } from "../components/show-more";
import { sourceAnchor } from "../components/source-entry";
import { useResource } from "../data-source/queries";
import type { Source } from "../data-source/schema";
import { formatDate, formatPeriod, formatStated } from "../lib/format";
import { t } from "../lib/messages";
import {
  sourceContributions,
  type ContributedItem,
  type Contribution,
  type ContributionInput,
} from "./source-contributions";

const EXAMPLES = 4;

function describeItem(item: ContributedItem): string {
  switch (item.kind) {
    case "trade":
      return `${t(`trade.metric.${item.record.metric}`)}, ${formatPeriod(item.record.periodStart, item.record.periodEnd)}`;
    case "products":
      return `${item.record.product}, ${formatPeriod(item.record.periodStart, item.record.periodEnd)}`;
    case "namedProducts":
      return item.record.name;
    case "investment":
      return `${t(`fdi.metric.${item.record.metric}`)} ${t(item.record.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")}, ${formatPeriod(item.record.periodStart, item.record.periodEnd)}`;
    case "companyCounts":
      return `${formatStated(item.record)} ${t(`companies.concept.${item.record.concept}`)}, ${formatPeriod(item.record.periodStart, item.record.periodEnd)}`;
    case "companyRoles":
      return `${item.company.name}: ${t(`companies.role.${item.role.kind}`)}`;
    case "milestones":
      return item.record.title;
  }
}

/** "3 trade figures (Turnover, 2024; Imports from U.S., 2024; …)". */
function describeContribution(c: Contribution): string {
  const count = c.items.length;
  const head = t(`sources.kind.${c.kind}`, { count });
  const examples = c.items.slice(0, EXAMPLES).map(describeItem);
  if (count > EXAMPLES) examples.push(t("sources.more", { count: count - EXAMPLES }));
  return `${head} (${examples.join("; ")})`;
}

/** Every document the dataset uses, primary articles first, with what it contributed; figures' popovers link here. */
export function SourcesSection() {
  // What each document contributed is one tap away, for all of them at once.
  const [detailed, setDetailed] = useState(false);
  const sources = useResource("sources");
  const trade = useResource("trade");
  // Every product of every year (150,000 records in a product-level dataset): fetched only when
  // the contributions are asked for, so it never competes with the first view.
  const products = useResource("exportProducts", {}, detailed);
  const investment = useResource("investment");
  const companies = useResource("companies");
  const milestones = useResource("milestones");
  const input: ContributionInput = useMemo(
    () => ({
      trade: trade.data?.records,
      products: products.data?.records,
      namedProducts: products.data?.namedProducts,
      investment: investment.data?.records,
      companyCounts: companies.data?.counts,
      companies: companies.data?.companies,
      milestones: milestones.data?.milestones,
    }),
    [trade.data, products.data, investment.data, companies.data, milestones.data],
  );
  if (!sources.data) return null;
  return (
    <SourcesList
      sources={sources.data.sources}
      input={input}
      expanded={detailed}
      detailed={detailed && products.data !== undefined}
      onToggleDetail={() => setDetailed((d) => !d)}
    />
  );
}

const SourcesList = memo(function SourcesList({
  sources,
  input,
  expanded,
  detailed,
  onToggleDetail,
}: {
  sources: readonly Source[];
  input: ContributionInput;
  /** Publisher, date and title always show; what each document contributed, on one tap for all. */
  detailed: boolean;
  /** The toggle's state; the detail follows once the records it counts have loaded. */
  expanded: boolean;
  onToggleDetail: () => void;
}) {
  const contributions = useMemo(
    () => (detailed ? sourceContributions(input) : new Map<string, Contribution[]>()),
    [detailed, input],
  );
  // The primary articles show; the web pages are one tap away (and open by themselves when a
  // popover's "In the Sources list" link targets one of them: browsers expand <details> on a fragment).
  const groups = useMemo(
    () => [
      { heading: t("sources.seeds"), items: sources.filter((s) => s.kind === "seed"), folded: false },
      { heading: t("sources.web"), items: sources.filter((s) => s.kind === "web"), folded: true },
    ],
    [sources],
  );
  return (
    <section aria-labelledby="sources-heading" className="mx-auto w-full max-w-7xl px-4">
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="sources-heading" className="text-lg font-semibold text-slate-900">
          {t("sources.title")}
        </h2>
        <p className="text-sm text-slate-600">{t("sources.intro")}</p>
        <button type="button" className="btn mt-2" aria-expanded={expanded} onClick={onToggleDetail}>
          {expanded ? t("sources.hideDetail") : t("sources.showDetail")}
        </button>
        {groups.map((g) => (
          <div key={g.heading} className="mt-3">
            <h3 className="subheading">{g.heading}</h3>
            {g.folded ? (
              <details>
                <summary className="min-h-6 cursor-pointer py-1 text-sm font-medium text-blue-900">
                  {t("sources.showWeb", { count: g.items.length })}
                </summary>
                <SourceList items={g.items} contributions={contributions} detailed={detailed} />
              </details>
            ) : (
              <SourceList items={g.items} contributions={contributions} detailed={detailed} />
            )}
          </div>
        ))}
      </div>
    </section>
  );
});

/** The address's fragment, decoded; null when there is none or it is not valid percent-encoding. */
function fragment(): string | null {
  const raw = window.location.hash.slice(1);
  if (raw === "") return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

function SourceList({
  items,
  contributions,
  detailed,
}: {
  items: readonly Source[];
  contributions: ReadonlyMap<string, Contribution[]>;
  detailed: boolean;
}) {
  // LIST_STEP at a time: an organisation's data may cite thousands of documents.
  const list = useListLimit(LIST_STEP);
  const { reveal } = list;
  const listed = useRef(items);
  useEffect(() => {
    listed.current = items;
  }, [items]);
  const revealed = useRef<string | null>(null);
  // A link to an entry not listed yet ("In the Sources list", a shared #source-… address)
  // lists enough to hold it, then goes to it: on arrival and on each new fragment only, so a
  // re-render never reopens what the reader folded.
  useEffect(() => {
    const follow = () => {
      const anchor = fragment();
      const index = anchor === null ? -1 : listed.current.findIndex((s) => sourceAnchor(s.id) === anchor);
      if (anchor === null || index < 0 || document.getElementById(anchor)) return;
      revealed.current = anchor;
      reveal(index);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, [reveal]);
  useEffect(() => {
    const anchor = revealed.current;
    const entry = anchor === null ? null : document.getElementById(anchor);
    if (!entry) return;
    revealed.current = null;
    const folded = entry.closest("details");
    if (folded) folded.open = true;
    entry.scrollIntoView({ block: "start" });
    entry.focus({ preventScroll: true });
  }, [list.limit]);
  const shown = items.slice(0, list.limit);
  return (
    <>
      <ol className="m-0 grid list-none gap-y-2 p-0 text-sm lg:grid-cols-2 lg:gap-x-6">
        {shown.map((s) => (
          <SourceItem key={s.id} source={s} contributions={contributions.get(s.id) ?? []} detailed={detailed} />
        ))}
      </ol>
      <ShowMore
        shown={shown.length}
        total={items.length}
        allLabel={t("sources.showAll", { count: items.length })}
        fewerLabel={t("sources.showFewer")}
        list={list}
      />
    </>
  );
}

function SourceItem({
  source,
  contributions,
  detailed,
}: {
  source: Source;
  contributions: Contribution[];
  detailed: boolean;
}) {
  return (
    <li id={sourceAnchor(source.id)} tabIndex={-1} className="source-entry">
      <span className="font-medium">{source.publisher}</span>
      {", "}
      {source.published ? formatDate(source.published) : t("common.undated")}
      {": "}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener" className="provenance-link break-words">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {detailed && source.publisherDetail && (
        <span className="block text-xs break-words text-slate-600">{source.publisherDetail}</span>
      )}
      {detailed && source.published === null && source.publishedNote && (
        <span className="block text-xs text-slate-600">{t("prov.undatedNote", { note: source.publishedNote })}</span>
      )}
      {detailed && (
        <span className="block text-xs text-slate-700">
          {contributions.length === 0
            ? t("sources.nothing")
            : `${t("sources.contributed")} ${contributions.map(describeContribution).join("; ")}.`}
        </span>
      )}
    </li>
  );
}
