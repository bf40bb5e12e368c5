import { memo, useCallback, useMemo, useState } from "react";
import { DataTable } from "../../components/data-table";
import { PanelFrame } from "../../components/panel-frame";
import { usePanelExport } from "../../components/panel-tools";
import { panelStatus } from "../../components/panel-status";
import { SourceRefs, type SourceIndex } from "../../components/source-ref";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import type { Company, CompanyCount, SectorId } from "../../data-source/schema";
import type { TableModel } from "../../lib/export/table-model";
import { formatPeriod } from "../../lib/format";
import { LOCALE, t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { usePanelTable } from "../../state/panel-view";
import { filtersInWords } from "../../lib/export/citation";
import { CompaniesSectorChart } from "./companies-chart";
import { buildCompaniesView, isUsCompany, type CompaniesView } from "./companies.transform";
import { sourceDates } from "../../data-source/versions";
import { companiesTable, countsTable } from "./companies.table";

const ID = "companies-present";
const regionNames = new Intl.DisplayNames([LOCALE], { type: "region" });

export function CompaniesPanel() {
  const companies = useResource("companies");
  const sources = useSources();
  const year = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const focusSector = useFilterStore((s) => s.focusSector);
  const view = useMemo(
    () => (companies.data ? buildCompaniesView(companies.data, sectors) : null),
    [companies.data, sectors],
  );
  const status = panelStatus([companies, sources], view !== null && sources.value !== null);
  const [asTable] = usePanelTable("companies");
  const getTable = useCallback(
    () =>
      view && companies.data && sources.value
        ? companiesTable(view, companies.data.companies, sectors, sources.value.dates)
        : null,
    [view, companies.data, sectors, sources.value],
  );
  const exports = usePanelExport("companies", getTable, sources.value?.index ?? null, filtersInWords(null, sectors));
  return (
    <PanelFrame
      id={ID}
      title={t("companies.title")}
      description={t("companies.description")}
      {...status}
      year={year}
      sectors={sectors}
      exports={exports}
    >
      {view && sources.value && (
        <CompaniesBody
          view={view}
          sectors={sectors}
          sources={sources.value.index}
          onSelectSector={focusSector}
          table={asTable ? getTable : null}
        />
      )}
    </PanelFrame>
  );
}

interface BodyProps {
  view: CompaniesView;
  sectors: readonly SectorId[];
  sources: SourceIndex;
  onSelectSector: (sector: SectorId) => void;
  /** Set while the panel shows its table instead of the chart. */
  table: (() => TableModel | null) | null;
}

/** Independent of the year: memoised so a year change does not redraw this panel's chart and lists. */
const CompaniesBody = memo(function CompaniesBody({ view, sectors, sources, onSelectSector, table }: BodyProps) {
  const withCompanies = view.bySector.filter((r) => r.count > 0);
  const model = useMemo(() => table?.() ?? null, [table]);
  return (
    <>
      {model && <DataTable model={model} sources={sources} />}
      {!model && <CountsTable title={t("companies.counts")} counts={view.counts} sources={sources} />}
      {!model && view.otherCounts.length > 0 && (
        <CountsTable title={t("companies.otherCounts")} counts={view.otherCounts} sources={sources} />
      )}
      {!model && (
        <div className="text-sm">
          <h3 className="subheading">{t("companies.bySector")}</h3>
          <p className="text-xs text-slate-600">{t("companies.bySectorNote")}</p>
          <div
            role="img"
            data-chart=""
            aria-label={t("companies.chartSummary", {
              summary: withCompanies.map((r) => `${t(`sector.${r.sector}`)} ${r.count}`).join("; "),
            })}
          >
            <CompaniesSectorChart rows={withCompanies} selected={sectors} onSelectSector={onSelectSector} />
          </div>
          <div role="group" aria-label={t("companies.bySector")} className="mt-1 flex flex-wrap gap-1">
            {withCompanies.map((r) => (
              <button
                key={r.sector}
                type="button"
                className="chip"
                aria-pressed={sectors.includes(r.sector)}
                onClick={() => onSelectSector(r.sector)}
              >
                {t(`sector.${r.sector}`)} ({r.count})
              </button>
            ))}
          </div>
        </div>
      )}
      <div className="text-sm">
        <h3 className="subheading">{t("companies.list")}</h3>
        {view.companies.length === 0 ? (
          <p className="empty-note">{t("companies.noneInSector")}</p>
        ) : (
          <CompanyList companies={view.companies} sources={sources} />
        )}
      </div>
      {view.counterparts.length > 0 && (
        <div className="text-sm">
          <h3 className="subheading">{t("companies.counterparts")}</h3>
          <p>{view.counterparts.map((c) => c.name).join(" · ")}</p>
        </div>
      )}
    </>
  );
});

function CountsTable({ title, counts, sources }: { title: string; counts: CompanyCount[]; sources: SourceIndex }) {
  const model = useMemo(() => countsTable(counts, title, sourceDates([...sources.values()])), [counts, title, sources]);
  return (
    <div className="text-sm">
      <h3 className="subheading">{title}</h3>
      <DataTable model={model} sources={sources} captionHidden />
    </div>
  );
}

const COLLAPSED_COUNT = 10;

function CompanyList({ companies, sources }: { companies: Company[]; sources: SourceIndex }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? companies : companies.slice(0, COLLAPSED_COUNT);
  return (
    <>
      <ul className="divide-y divide-slate-100">
        {shown.map((c) => (
          <CompanyItem key={c.id} company={c} sources={sources} />
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

function CompanyItem({ company, sources }: { company: Company; sources: SourceIndex }) {
  const us = isUsCompany(company);
  return (
    <li className="py-1.5">
      <span className="font-medium">{company.name}</span>{" "}
      <span className="text-slate-600">· {t(`sector.${company.sector}`)}</span>
      {!us && (
        <span className="ml-2 rounded border border-slate-300 bg-slate-100 px-1 text-xs text-slate-800">
          {company.hqCountry === null
            ? t("companies.hqUnknown")
            : t("companies.notUs", {
                country: regionNames.of(company.hqCountry) ?? company.hqCountry,
              })}
        </span>
      )}
      <ul className="text-xs text-slate-700">
        {company.roles.map((r, i) => (
          <li key={i} title={r.description}>
            {t(`companies.role.${r.kind}`)}
            {r.periodStart || r.periodEnd
              ? ` (${formatPeriod(r.periodStart, r.periodEnd)}${r.dateInferred ? `, ${t("common.inferred")}` : ""})`
              : ""}{" "}
            — <SourceRefs ids={r.sourceIds} sources={sources} />
          </li>
        ))}
      </ul>
    </li>
  );
}
