import { FigureItem } from "../../components/figure-item";
import { DataText } from "../../components/data-text";
import { FigureValue } from "../../components/figure-value";
import { SourceRefs } from "../../components/source-ref";
import type { SectorId } from "../../data-source/schema";
import { formatStated } from "../../lib/format";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { namedSourceIds, totalsInWords } from "./export-composition.chart-rows";
import type { ExportComposition } from "./export-composition.transform";

interface Props {
  view: ExportComposition;
}

interface SectorProps extends Props {
  sectors: readonly SectorId[];
}

/** Each product the chart draws with its value (provenance one click away), its sector as a chip and its sources. */
export function ExportProductList({ view, sectors }: SectorProps) {
  const focusSector = useFilterStore((s) => s.focusSector);
  if (view.products.length === 0) return null;
  return (
    <ul className="space-y-1 text-sm">
      {view.top.map((f) => (
        <li key={f.primary.id} className="flex flex-wrap items-baseline gap-x-2">
          <span>
            <DataText record={f.primary} field="product" text={f.primary.product} />
          </span>
          <FigureValue figure={f} />
          <button
            type="button"
            className="chip"
            aria-pressed={sectors.includes(f.primary.sector)}
            onClick={() => focusSector(f.primary.sector)}
          >
            {t(`sector.${f.primary.sector}`)}
          </button>
          <span className="text-xs">
            <SourceRefs ids={f.primary.sourceIds} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The year's export total when there is no breakdown, or every total when the sources disagree. */
export function ExportTotals({ view }: Props) {
  const [only] = view.totalsByBasis;
  if (view.products.length === 0 && view.totalsByBasis.length === 1 && only)
    return (
      <p className="text-sm">
        {t("exports.totalOnly", {
          year: view.year,
          total: formatStated(only.primary),
          reporter: t(`basis.${only.primary.basis}`),
        })}
      </p>
    );
  if (view.totalsByBasis.length > 1)
    return <p className="text-sm">{t("exports.totalsDiffer", { year: view.year, versions: totalsInWords(view) })}</p>;
  return null;
}

/** Export figures of a narrower scope (non-oil exports…). */
export function ScopeFigures({ view }: Props) {
  if (view.scopeFigures.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="subheading">{t("exports.scopeTitle")}</h3>
      <ul>
        {view.scopeFigures.map((f) => (
          <FigureItem key={f.primary.id} label={t(`exports.scope.${f.primary.scope}`)} figure={f} />
        ))}
      </ul>
    </div>
  );
}

/** Products a source names without a value, as chips that focus their sector. */
export function NamedProducts({ view, sectors }: SectorProps) {
  const focusSector = useFilterStore((s) => s.focusSector);
  if (view.named.length === 0) return null;
  return (
    <div className="text-sm">
      <h3 className="subheading">{t("exports.namedTitle")}</h3>
      <ul className="flex flex-wrap gap-1">
        {view.named.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="chip"
              aria-pressed={sectors.includes(n.sector)}
              onClick={() => focusSector(n.sector)}
            >
              <DataText record={n} field="name" text={n.name} /> · {t(`sector.${n.sector}`)}
            </button>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-xs">
        <SourceRefs ids={namedSourceIds(view)} />
      </p>
    </div>
  );
}
