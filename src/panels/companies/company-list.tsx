import { useMemo, useState } from "react";
import { LazyDetails } from "../../components/lazy-details";
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
 * a disclosure, so no company reads as present on evidence decades old.
 */
export function CompanyList({ companies }: { companies: Company[] }) {
  const dates = useSourceDates();
  const [expanded, setExpanded] = useState(false);
  const regions = useMemo(() => regionNames(), []);
  const { recent, earlier } = useMemo(() => groupByEvidence(companies, dates), [companies, dates]);
  const shown = expanded ? recent : recent.slice(0, COLLAPSED_COUNT);
  return (
    <>
      {recent.length > 0 && <p className="text-xs font-medium text-slate-700">{t("companies.recent")}</p>}
      <ul className="divide-y divide-slate-100">
        {shown.map((c) => (
          <CompanyItem key={c.id} company={c} regions={regions} />
        ))}
      </ul>
      {recent.length > COLLAPSED_COUNT && (
        <button type="button" className="btn mt-1" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t("companies.showFewer") : t("companies.showAll", { count: recent.length })}
        </button>
      )}
      {earlier.length > 0 && (
        <LazyDetails className="mt-2" summary={t("companies.earlier", { count: earlier.length })}>
          {() => (
            <ul className="divide-y divide-slate-100">
              {earlier.map((c) => (
                <CompanyItem key={c.id} company={c} regions={regions} />
              ))}
            </ul>
          )}
        </LazyDetails>
      )}
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
