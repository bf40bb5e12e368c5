import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { FigureValue } from "../../components/figure-value";
import { LazyDetails } from "../../components/lazy-details";
import { RichMessage } from "../../components/rich-message";
import { YearLinks } from "../../components/year-links";
import type { SectorId } from "../../data-source/schema";
import { formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import { ExportCompositionFigure } from "./export-composition-figure";
import { ExportProductList, ExportTotals, NamedProducts, ScopeFigures } from "./export-composition-details";
import { exportTable } from "./export-composition.table";
import type { ExportComposition } from "./export-composition.transform";

interface BodyProps {
  view: ExportComposition;
  sectors: readonly SectorId[];
  asTable: boolean;
}

/** The export panel once its data is loaded: the empty states, the chart or the table, the totals and the named products. */
export function ExportCompositionBody({ view, sectors, asTable }: BodyProps) {
  const table = useMemo(() => (asTable ? exportTable(view, sectors) : null), [asTable, view, sectors]);
  const hasBreakdown = view.availableYears.includes(view.year);
  return (
    <>
      {view.products.length === 0 && !hasBreakdown && <NoBreakdown view={view} />}
      {view.products.length === 0 && hasBreakdown && (
        <p className="empty-note">{t("exports.noneInSector", { year: view.year })}</p>
      )}
      {view.products.length > 0 && <LargestProducts view={view} />}
      {table && table.rows.length > 0 && <DataTable model={table} />}
      {!table && <ExportCompositionFigure view={view} sectors={sectors} />}
      {!table && <ExportProductList view={view} sectors={sectors} />}
      {/* Without a breakdown the total is the answer, so it stays in view; otherwise it is detail. */}
      {view.products.length === 0 && <ExportTotals view={view} />}
      <LazyDetails className="rounded-md border border-slate-200 px-3 py-1 text-sm" summary={t("exports.more")}>
        {() => (
          <div className="space-y-3 pb-2">
            {view.products.length > 0 && <ExportTotals view={view} />}
            <ScopeFigures view={view} />
            <NamedProducts view={view} sectors={sectors} />
          </div>
        )}
      </LazyDetails>
    </>
  );
}

const LARGEST = 3;

/** The answer first: the largest products of the year, each opening its sources. */
function LargestProducts({ view }: { view: ExportComposition }) {
  const top = view.top.slice(0, LARGEST);
  return (
    <p className="panel-answer text-sm text-slate-800">
      <RichMessage
        id="exports.answer"
        values={{
          count: top.length,
          year: view.year,
          list: (
            <>
              {top.map((f, i) => (
                <span key={f.primary.id}>
                  {i > 0 && ", "}
                  {f.primary.product} <FigureValue figure={f} label={`${f.primary.product}, ${view.year}`} />
                </span>
              ))}
            </>
          ),
        }}
      />
    </p>
  );
}

/** The year has no product breakdown: say so and offer the years that have one. */
function NoBreakdown({ view }: { view: ExportComposition }) {
  return (
    <div className="empty-note">
      <p>{t("exports.noBreakdown", { year: view.year })}</p>
      {view.availableYears.length > 0 && (
        <p>
          {t("exports.availableYears", {
            years: formatList(view.availableYears.map(String)),
          })}{" "}
          <YearLinks years={view.availableYears} label={(y) => t("exports.showYear", { year: y })} />
        </p>
      )}
    </div>
  );
}
