import { useCallback, useMemo } from "react";
import { DataTable } from "../../components/data-table";
import { DerivedValue, FigureValue } from "../../components/figure-value";
import { PanelFrame } from "../../components/panel-frame";
import { usePanelExport } from "../../components/panel-tools";
import { panelStatus } from "../../components/panel-status";
import { YearLinks } from "../../components/year-links";
import { SourceRefs, type SourceIndex } from "../../components/source-ref";
import { useSources } from "../../components/use-sources";
import { useResource, useResourceResponse } from "../../data-source/queries";
import type { ProductRecord, SectorId, TradeRecord } from "../../data-source/schema";
import type { Derived } from "../../lib/derived";
import { derivedInputs } from "../../lib/provenance";
import { formatList, formatQualified, formatUsdMillions } from "../../lib/format";
import { filtersInWords } from "../../lib/export/citation";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { usePanelTable } from "../../state/panel-view";
import { ExportCompositionChart, type ProductBar } from "./export-composition-chart";
import { buildExportComposition, type ExportComposition } from "./export-composition.transform";
import { exportTable } from "./export-composition.table";

const ID = "export-composition";

export function toBars(view: ExportComposition, sectorsFiltered: boolean): ProductBar[] {
  const bars: ProductBar[] = view.products.map((f) => ({
    label: f.primary.product,
    value: f.primary.value,
    sector: f.primary.sector,
  }));
  if (view.other && !sectorsFiltered)
    bars.push({
      label: t("exports.other"),
      value: view.other.value,
      sector: null,
    });
  return bars;
}

export function ExportCompositionPanel() {
  const year = useFocusYear();
  // Only the selected year's products are fetched; meta.years says which years have any.
  const products = useResourceResponse("exportProducts", year === null ? {} : { year }, year !== null);
  const trade = useResource("trade");
  const sources = useSources();
  const sectors = useFilterStore((s) => s.sectors);
  const focusSector = useFilterStore((s) => s.focusSector);
  const selectYear = useFilterStore((s) => s.selectYear);
  const view = useMemo(() => {
    if (!products.data || !trade.data || !sources.value || year === null) return null;
    return buildExportComposition(
      {
        products: products.data.data.records,
        named: products.data.data.namedProducts,
        trade: trade.data.records,
        productYears: products.data.meta.years,
      },
      year,
      sectors,
      sources.value.dates,
    );
  }, [products.data, trade.data, sources.value, year, sectors]);
  const status = panelStatus([products, trade, sources], view !== null && sources.value !== null);
  const [asTable] = usePanelTable("exports");
  const getTable = useCallback(() => (view ? exportTable(view, sectors) : null), [view, sectors]);
  const exports = usePanelExport("exports", getTable, sources.value?.index ?? null, filtersInWords(year, sectors));

  return (
    <PanelFrame
      id={ID}
      title={t("exports.title")}
      description={t("exports.description")}
      {...status}
      year={year}
      sectors={sectors}
      exports={exports}
    >
      {view && sources.value && (
        <ExportCompositionBody
          asTable={asTable}
          view={view}
          sectors={sectors}
          sources={sources.value.index}
          onSelectSector={focusSector}
          onSelectYear={selectYear}
        />
      )}
    </PanelFrame>
  );
}

/** A remainder (total minus products), opening the total and every product it was computed from. */
function RemainderValue({
  label,
  derived,
  view,
  sources,
}: {
  label: string;
  derived: Derived;
  view: ExportComposition;
  sources: SourceIndex;
}) {
  if (!view.total) return null;
  const total = view.total.primary;
  const records: (TradeRecord | ProductRecord)[] = [total, ...view.products.map((f) => f.primary)];
  const inputs = derivedInputs(derived, records).map((record) => ({
    label: "product" in record ? record.product : `${t("exports.totalInput")}, ${view.year}`,
    record,
  }));
  const value = formatUsdMillions(derived.value);
  return (
    <DerivedValue
      label={`${label}, ${view.year}`}
      value={value}
      formula={t("prov.formula.remainder", {
        total: formatUsdMillions(total.value),
        sum: formatUsdMillions(Math.round((total.value - derived.value) * 100) / 100),
        count: inputs.length - 1,
        result: value,
      })}
      inputs={inputs}
      sources={sources}
    />
  );
}

interface BodyProps {
  view: ExportComposition;
  sectors: readonly SectorId[];
  sources: SourceIndex;
  onSelectSector: (sector: SectorId) => void;
  onSelectYear: (year: number) => void;
  asTable: boolean;
}

function ExportCompositionBody({ view, sectors, sources, onSelectSector, onSelectYear, asTable }: BodyProps) {
  const filtered = sectors.length > 0;
  const bars = useMemo(() => toBars(view, filtered), [view, filtered]);
  const table = useMemo(() => (asTable ? exportTable(view, sectors) : null), [asTable, view, sectors]);
  const sectorNames = formatList(sectors.map((s) => t(`sector.${s}`)));
  return (
    <>
      {view.products.length === 0 && view.availableYears.every((y) => y !== view.year) && (
        <div className="empty-note">
          <p>{t("exports.noBreakdown", { year: view.year })}</p>
          {view.availableYears.length > 0 && (
            <p>
              {t("exports.availableYears", {
                years: formatList(view.availableYears.map(String)),
              })}{" "}
              <YearLinks
                years={view.availableYears}
                panelId={ID}
                onSelectYear={onSelectYear}
                label={(y) => t("exports.showYear", { year: y })}
              />
            </p>
          )}
        </div>
      )}
      {view.products.length === 0 && view.availableYears.includes(view.year) && (
        <p className="empty-note">{t("exports.noneInSector", { year: view.year })}</p>
      )}
      {table && table.rows.length > 0 && <DataTable model={table} sources={sources} />}
      {!table && bars.length > 0 && (
        <figure className="m-0">
          <div
            role="img"
            data-chart=""
            aria-label={t("exports.chartSummary", {
              year: view.year,
              summary: bars.map((b) => `${b.label} ${formatUsdMillions(b.value)}`).join("; "),
            })}
          >
            <ExportCompositionChart bars={bars} onSelectSector={onSelectSector} />
          </div>
          <figcaption className="mt-1 space-y-1 text-xs text-slate-600">
            {view.total && view.other && !filtered && (
              <div>
                {t("exports.otherNote", {
                  basis: view.basis ? t(`basis.${view.basis}`) : t("common.reported"),
                  total: formatUsdMillions(view.total.primary.value),
                  count: view.products.length,
                })}{" "}
                <RemainderValue label={t("exports.other")} derived={view.other} view={view} sources={sources} />
              </div>
            )}
            {filtered && view.hiddenBySector && (
              <div>
                {t("exports.sectorFiltered", {
                  sectors: sectorNames,
                  rest: formatUsdMillions(view.hiddenBySector.value),
                })}{" "}
                <RemainderValue
                  label={t("exports.hiddenLabel")}
                  derived={view.hiddenBySector}
                  view={view}
                  sources={sources}
                />
              </div>
            )}
          </figcaption>
        </figure>
      )}
      {!table && view.products.length > 0 && (
        <ul className="space-y-1 text-sm">
          {view.products.map((f) => (
            <li key={f.primary.id} className="flex flex-wrap items-baseline gap-x-2">
              <span>{f.primary.product}</span>
              <FigureValue figure={f} sources={sources} />
              <button
                type="button"
                className="chip"
                aria-pressed={sectors.includes(f.primary.sector)}
                onClick={() => onSelectSector(f.primary.sector)}
              >
                {t(`sector.${f.primary.sector}`)}
              </button>
              <span className="text-xs">
                <SourceRefs ids={f.primary.sourceIds} sources={sources} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.products.length === 0 && view.totalsByBasis.length === 1 && view.totalsByBasis[0] && (
        <p className="text-sm">
          {t("exports.totalOnly", {
            year: view.year,
            total: formatQualified(
              view.totalsByBasis[0].primary.value,
              view.totalsByBasis[0].primary.unit,
              view.totalsByBasis[0].primary.qualifier,
            ),
            reporter: t(`basis.${view.totalsByBasis[0].primary.basis}`),
          })}
        </p>
      )}
      {view.totalsByBasis.length > 1 && (
        <p className="text-sm">
          {t("exports.totalsDiffer", {
            year: view.year,
            versions: view.totalsByBasis
              .map(
                (f) =>
                  `${formatQualified(f.primary.value, f.primary.unit, f.primary.qualifier)} (${t(`basis.${f.primary.basis}`)})`,
              )
              .join(" vs "),
          })}
        </p>
      )}
      {view.scopeFigures.length > 0 && (
        <div className="text-sm">
          <h3 className="subheading">{t("exports.scopeTitle")}</h3>
          <ul>
            {view.scopeFigures.map((f) => (
              <li key={f.primary.id}>
                {t(`exports.scope.${f.primary.scope}`)}: <FigureValue figure={f} sources={sources} />{" "}
                <span className="text-xs">
                  — <SourceRefs ids={f.primary.sourceIds} sources={sources} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {view.named.length > 0 && (
        <div className="text-sm">
          <h3 className="subheading">{t("exports.namedTitle")}</h3>
          <ul className="flex flex-wrap gap-1">
            {view.named.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className="chip"
                  aria-pressed={sectors.includes(n.sector)}
                  onClick={() => onSelectSector(n.sector)}
                >
                  {n.name} · {t(`sector.${n.sector}`)}
                </button>
              </li>
            ))}
          </ul>
          <p className="mt-1 text-xs">
            <SourceRefs ids={[...new Set(view.named.flatMap((n) => n.sourceIds))]} sources={sources} />
          </p>
        </div>
      )}
    </>
  );
}
