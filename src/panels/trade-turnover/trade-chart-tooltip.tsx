/** The trade chart's tooltip: imports, exports, turnover, balance, in that order, each with its source. */
import type { Basis } from "../../data-source/schema-base";
import type { MilestoneMarker } from "../../data-source/milestone-years";
import { formatUsdMillions } from "../../lib/format";
import { t } from "../../lib/messages";
import type { TradeChartRow } from "./trade-turnover.chart-rows";

interface Line {
  name: string;
  value: string;
  note: string | null;
}

function figure(value: number | null, basis: Basis | null, source: string | null | undefined): Omit<Line, "name"> {
  if (value === null) return { value: t("trade.tooltipNone"), note: null };
  const notes = [
    basis && basis !== "national" ? t(`basis.${basis}`) : null,
    source ? t("prov.chartSource", { sources: source }) : null,
  ].filter((n): n is string => n !== null);
  return { value: formatUsdMillions(value), note: notes.length > 0 ? notes.join(" · ") : null };
}

function lines(row: TradeChartRow): Line[] {
  return [
    { name: t("trade.imports"), ...figure(row.imports, row.importsBasis, row.importsSource) },
    { name: t("trade.exports"), ...figure(row.exports, row.exportsBasis, row.exportsSource) },
    { name: t("trade.turnover"), ...figure(row.turnover, row.turnoverBasis, row.turnoverSource) },
    row.balance === null
      ? { name: t("trade.balance"), value: t("trade.tooltipNoBalance"), note: null }
      : { name: t("trade.balance"), value: formatUsdMillions(row.balance), note: t("prov.chartDerived") },
  ];
}

interface Props {
  /** Set by recharts: whether a year is pointed at, and which. */
  active?: boolean;
  label?: unknown;
  rows: readonly TradeChartRow[];
  milestones: readonly MilestoneMarker[];
}

/** Sized to its box (the wrapper's max-width: 18rem or what the plot leaves); long source names wrap. */
export function TradeTooltip({ active, label, rows, milestones }: Props) {
  const row = active ? rows.find((r) => String(r.year) === String(label)) : undefined;
  if (!row) return null;
  const count = milestones.find((m) => m.year === row.year)?.titles.length ?? 0;
  return (
    <div className="rounded border border-slate-300 bg-white px-2 py-1.5 text-xs leading-snug break-words whitespace-normal text-slate-800 shadow-sm">
      <p className="m-0 font-semibold">
        {row.year}
        {count > 0 && <span className="font-normal text-slate-600"> · {t("milestones.tooltip", { count })}</span>}
      </p>
      <dl className="m-0 mt-1 grid gap-1">
        {lines(row).map((l) => (
          <div key={l.name}>
            <dt className="inline font-medium">{l.name}: </dt>
            <dd className="m-0 inline">
              {l.value}
              {l.note && <span className="block text-slate-600">{l.note}</span>}
            </dd>
          </div>
        ))}
      </dl>
      {row.mixedBasis && <p className="m-0 mt-1 text-slate-700 italic">{t("trade.tooltipMixed")}</p>}
    </div>
  );
}
