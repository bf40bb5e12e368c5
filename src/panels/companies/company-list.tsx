import { useMemo, useState } from "react";
import { SourceRefs } from "../../components/source-ref";
import type { Company } from "../../data-source/schema";
import { t } from "../../lib/messages";
import { hqNote, regionNames, roleWhen } from "./companies.labels";

const COLLAPSED_COUNT = 10;

/** The named companies, the first ten until expanded. */
export function CompanyList({ companies }: { companies: Company[] }) {
  const [expanded, setExpanded] = useState(false);
  const regions = useMemo(() => regionNames(), []);
  const shown = expanded ? companies : companies.slice(0, COLLAPSED_COUNT);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {shown.map((c) => (
          <CompanyItem key={c.id} company={c} regions={regions} />
        ))}
      </ul>
      {companies.length > COLLAPSED_COUNT && (
        <button type="button" className="btn mt-1" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
          {expanded ? t("companies.showFewer") : t("companies.showAll", { count: companies.length })}
        </button>
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
