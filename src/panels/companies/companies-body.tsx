import { memo, useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { FigureValue } from "../../components/figure-value";
import { ChartFigure } from "../../components/chart-figure";
import { lazyChart } from "../../components/lazy-chart";
import { LazyDetails } from "../../components/lazy-details";
import { RichMessage } from "../../components/rich-message";
import { useSourceDates } from "../../components/sources-context";
import type { CompanyCount, SectorId } from "../../data-source/schema";
import type { TableModel } from "../../export/table-model";
import { currentLocale, t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { sectorBars, sectorChartHeight, sectorSummary } from "./companies.chart-rows";
import { countsTable } from "./companies.table";
import type { CompaniesView } from "./companies.transform";
import { CompanyList } from "./company-list";
import { CompaniesCompare } from "./companies-compare";
import { latestCount } from "./companies.evidence";

// recharts loads with the first live chart, not with the page (a prerendered drawing needs none).
const CompaniesSectorChart = lazyChart(() => import("./companies-chart").then((m) => m.CompaniesSectorChart));

interface BodyProps {
  view: CompaniesView;
  sectors: readonly SectorId[];
  /** Set while the panel shows its table instead of the chart. */
  table: (() => TableModel | null) | null;
}

/** Independent of the year: memoised so a year change does not redraw this panel's chart and lists. */
export const CompaniesBody = memo(function CompaniesBody({ view, sectors, table }: BodyProps) {
  const model = useMemo(() => table?.() ?? null, [table]);
  return (
    <>
      <CompaniesAnswer view={view} />
      <CompaniesCompare counts={view.counts} />
      {model && <DataTable model={model} />}
      {!model && <SectorCounts view={view} sectors={sectors} />}
      <div className="text-sm">
        <h3 className="subheading">{t("companies.list")}</h3>
        {view.companies.length === 0 ? (
          <p className="empty-note">{t("companies.noneInSector")}</p>
        ) : (
          <CompanyList companies={view.companies} />
        )}
      </div>
      <LazyDetails className="rounded-md border border-slate-200 px-3 py-1 text-sm" summary={t("companies.more")}>
        {() => (
          <div className="space-y-3 pb-2">
            <CountsTable title={t("companies.counts")} counts={view.counts} />
            {view.otherCounts.length > 0 && (
              <CountsTable title={t("companies.otherCounts")} counts={view.otherCounts} />
            )}
            {view.counterparts.length > 0 && (
              <div>
                <h3 className="subheading">{t("companies.counterparts")}</h3>
                <p>{view.counterparts.map((c) => c.name).join(" · ")}</p>
              </div>
            )}
          </div>
        )}
      </LazyDetails>
    </>
  );
});

/** The answer first: how many U.S. companies the sources name and in which sectors, and the latest count as stated. */
function CompaniesAnswer({ view }: { view: CompaniesView }) {
  const dates = useSourceDates();
  const inSectors = view.bySector.filter((s) => s.count > 0);
  const named = inSectors.reduce((sum, s) => sum + s.count, 0);
  const latest = useMemo(() => latestCount(view.counts, dates), [view.counts, dates]);
  return (
    <div className="panel-answer space-y-1 text-sm text-slate-800">
      <p>
        {t("companies.answer", {
          count: named,
          sectors: inSectors.length,
          list: inSectors
            .map((s) => `${t(`sector.${s.sector}`).toLocaleLowerCase(currentLocale())} (${s.count})`)
            .join(", "),
        })}
      </p>
      {latest && (
        <p>
          <RichMessage id="companies.answerCount" values={{ count: <FigureValue figure={latest} /> }} />
        </p>
      )}
    </div>
  );
}

function CountsTable({ title, counts }: { title: string; counts: CompanyCount[] }) {
  const dates = useSourceDates();
  const model = useMemo(() => countsTable(counts, title, dates), [counts, title, dates]);
  return (
    <div className="text-sm">
      <h3 className="subheading">{title}</h3>
      <DataTable model={model} captionHidden />
    </div>
  );
}

/** Named U.S. companies per sector: the chart, and one chip per sector that focuses it. */
function SectorCounts({ view, sectors }: { view: CompaniesView; sectors: readonly SectorId[] }) {
  const focusSector = useFilterStore((s) => s.focusSector);
  const bars = useMemo(() => sectorBars(view.bySector), [view.bySector]);
  const label = useMemo(() => sectorSummary(bars), [bars]);
  return (
    <div className="text-sm">
      <h3 className="subheading">{t("companies.bySector")}</h3>
      <p className="text-xs text-slate-600">{t("companies.bySectorNote")}</p>
      <ChartFigure id="companies" height={sectorChartHeight(bars)} label={label}>
        <CompaniesSectorChart bars={bars} selected={sectors} />
      </ChartFigure>
      <div role="group" aria-label={t("companies.bySector")} className="mt-1 flex flex-wrap gap-1">
        {bars.map((r) => (
          <button
            key={r.sector}
            type="button"
            className="chip"
            aria-pressed={sectors.includes(r.sector)}
            onClick={() => focusSector(r.sector)}
          >
            {r.label} ({r.count})
          </button>
        ))}
      </div>
    </div>
  );
}
