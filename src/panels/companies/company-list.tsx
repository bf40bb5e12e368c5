import { useMemo } from "react";
import { LazyDetails } from "../../components/lazy-details";
import { LIST_STEP, ShowMore, useListLimit } from "../../components/show-more";
import { SourceRefs } from "../../components/source-ref";
import { useSourceDates } from "../../components/sources-context";
import type { Company } from "../../data-source/schema";
import { t } from "../../lib/messages";
import { groupByEvidence } from "./companies.evidence";
import { hqNote, regionNames, roleWhen } from "./companies.labels";

const COLLAPSED_COUNT = 5;

/**
 * The named companies, grouped by how recent their evidence is: those named in 2025–2026
 * sources first (five until expanded), those known only from earlier or undated sources behind
 * a disclosure, so no company reads as present on evidence decades old. Both lists grow a step
 * at a time (show-more.tsx): an organisation's data may name thousands.
 */
export function CompanyList({ companies }: { companies: Company[] }) {
  const dates = useSourceDates();
  const regions = useMemo(() => regionNames(), []);
  const { recent, earlier } = useMemo(() => groupByEvidence(companies, dates), [companies, dates]);
  return (
    <>
      {recent.length > 0 && <p className="text-xs font-medium text-slate-700">{t("companies.recent")}</p>}
      <CompanyRows companies={recent} initial={COLLAPSED_COUNT} regions={regions} />
      {earlier.length > 0 && (
        <LazyDetails className="mt-2" summary={t("companies.earlier", { count: earlier.length })}>
          {() => <CompanyRows companies={earlier} initial={LIST_STEP} regions={regions} />}
        </LazyDetails>
      )}
    </>
  );
}

/** One group of companies, `initial` at first, then a step at a time. */
function CompanyRows({
  companies,
  initial,
  regions,
}: {
  companies: Company[];
  initial: number;
  regions: Intl.DisplayNames;
}) {
  const list = useListLimit(initial);
  const shown = companies.slice(0, list.limit);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {shown.map((c) => (
          <CompanyItem key={c.id} company={c} regions={regions} />
        ))}
      </ul>
      <ShowMore
        shown={shown.length}
        total={companies.length}
        allLabel={t("companies.showAll", { count: companies.length })}
        fewerLabel={t("companies.showFewer")}
        list={list}
      />
    </>
  );
}

function CompanyItem({ company, regions }: { company: Company; regions: Intl.DisplayNames }) {
  const note = hqNote(company, regions);
  return (
    <li className="py-1.5">
      <span className="font-medium">{company.name}</span>{" "}
      <span className="text-slate-600">· {t(`sector.${company.sector}`)}</span>
      {note !== null && (
        <span className="ml-2 rounded border border-slate-300 bg-slate-100 px-1 text-xs text-slate-800">{note}</span>
      )}
      <ul className="text-xs text-slate-700">
        {company.roles.map((r, i) => (
          <li key={i} title={r.description}>
            {t(`companies.role.${r.kind}`)}
            {roleWhen(r)} — <SourceRefs ids={r.sourceIds} />
          </li>
        ))}
      </ul>
    </li>
  );
}
