import { useMemo } from "react";
import { DataTable } from "../../components/data-table";
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
      {table && table.rows.length > 0 && <DataTable model={table} />}
      {!table && <ExportCompositionFigure view={view} sectors={sectors} />}
      {!table && <ExportProductList view={view} sectors={sectors} />}
      <ExportTotals view={view} />
      <ScopeFigures view={view} />
      <NamedProducts view={view} sectors={sectors} />
    </>
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
