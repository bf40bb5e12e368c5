import { useMemo } from "react";
import { ChartFigure } from "../../components/chart-figure";
import { lazyChart } from "../../components/lazy-chart";
import { DerivedValue } from "../../components/figure-value";
import type { SectorId } from "../../data-source/schema";
import type { Derived } from "../../lib/derived";
import { formatList, formatUsdMillions } from "../../lib/format";
import { t } from "../../lib/messages";
import { barsSummary, otherBarLabel, productChartHeight, toBars } from "./export-composition.chart-rows";
import { otherBarProvenance, remainderProvenance } from "./export-composition.remainder";
import type { ExportComposition, OtherBar } from "./export-composition.transform";

// recharts loads with the first live chart, not with the page (a prerendered drawing needs none).
const ExportCompositionChart = lazyChart(() =>
  import("./export-composition-chart").then((m) => m.ExportCompositionChart),
);

/** The chart of the year's products, with the note on the derived remainder below it. */
export function ExportCompositionFigure({ view, sectors }: { view: ExportComposition; sectors: readonly SectorId[] }) {
  const filtered = sectors.length > 0;
  const bars = useMemo(() => toBars(view), [view]);
  const label = useMemo(() => barsSummary(view.year, bars, view.total), [view.year, bars, view.total]);
  if (bars.length === 0) return null;
  return (
    <figure className="m-0">
      <ChartFigure id="exports" height={productChartHeight(bars)} label={label}>
        <ExportCompositionChart bars={bars} />
      </ChartFigure>
      <figcaption className="mt-1 space-y-1 text-xs text-slate-600">
        {view.otherBar && <OtherBarNote view={view} bar={view.otherBar} />}
        {filtered && view.hiddenBySector && (
          <div>
            {t("exports.sectorFiltered", {
              sectors: formatList(sectors.map((s) => t(`sector.${s}`))),
              rest: formatUsdMillions(view.hiddenBySector.value),
            })}{" "}
            <RemainderValue label={t("exports.hiddenLabel")} derived={view.hiddenBySector} view={view} />
          </div>
        )}
      </figcaption>
    </figure>
  );
}

/** How the chart's last bar was computed, and its value opening the records behind it. */
function OtherBarNote({ view, bar }: { view: ExportComposition; bar: OtherBar }) {
  const note = otherBarNote(view, bar);
  const provenance = otherBarProvenance(view, bar, otherBarLabel(bar));
  return (
    <div>
      {note} {provenance && <DerivedValue {...provenance} />}
    </div>
  );
}

function otherBarNote(view: ExportComposition, bar: OtherBar): string {
  if (bar.method === "sum") return t("exports.restNote", { count: bar.products, top: view.top.length });
  const params = {
    basis: view.basis ? t(`basis.${view.basis}`) : t("common.reported"),
    total: view.total ? formatUsdMillions(view.total.primary.value) : "",
    count: view.top.length,
  };
  return bar.products === 0
    ? t("exports.otherNote", params)
    : t("exports.otherNoteTop", { ...params, all: view.products.length });
}

/** A remainder (total minus products), opening the total and every product it was computed from. */
function RemainderValue({ label, derived, view }: { label: string; derived: Derived; view: ExportComposition }) {
  const provenance = remainderProvenance(view, derived, label);
  if (!provenance) return null;
  return <DerivedValue {...provenance} />;
}
