import { memo, useCallback, useMemo } from "react";
import { ChartLegend, type LegendItem } from "../../components/chart-legend";
import { DataTable } from "../../components/data-table";
import { DerivedValue, FigureValue } from "../../components/figure-value";
import { LazyDetails } from "../../components/lazy-details";
import { PanelFrame } from "../../components/panel-frame";
import { usePanelExport } from "../../components/panel-tools";
import { panelStatus } from "../../components/panel-status";
import { YearLinks } from "../../components/year-links";
import { SourceRefs, type SourceIndex } from "../../components/source-ref";
import { useSources } from "../../components/use-sources";
import { useResource } from "../../data-source/queries";
import { COLORS } from "../../lib/colors";
import { formatChange, formatList, formatPeriod, formatQualified } from "../../lib/format";
import { filtersInWords } from "../../lib/export/citation";
import { derivedInputs } from "../../lib/provenance";
import { t } from "../../lib/messages";
import { useFilterStore } from "../../state/filter-store";
import { useFocusYear } from "../../state/focus-year";
import { usePanelTable } from "../../state/panel-view";
import type { InvestmentRecord } from "../../data-source/schema";
import { FlowChart, StockChart, type FlowBarRow, type StockPoint } from "./investment-charts";
import {
  buildInvestmentBase,
  focusInvestment,
  latestFlowYear,
  type FlowGroup,
  type InvestmentView,
  type LikeForLike,
} from "./investment.transform";
import { flowGroupTable, investmentTable } from "./investment.table";

const ID = "foreign-direct-investment";

const FLOW_LEGEND: LegendItem[] = [
  { label: t("fdi.usToAz"), color: COLORS.usToAz, shape: "square" },
  { label: t("fdi.azToUs"), color: COLORS.azToUs, shape: "square" },
];
const STOCK_LEGEND: LegendItem[] = [
  { label: t("fdi.usToAz"), color: COLORS.usToAz, shape: "circle" },
  { label: t("fdi.azToUs"), color: COLORS.azToUs, shape: "triangle" },
  { label: t("fdi.qualifiedLegend"), color: "#475569", shape: "hollow-circle" },
];

export function flowRows(group: FlowGroup): FlowBarRow[] {
  return group.periods.map((p) => ({
    label: formatPeriod(p.start, p.end),
    year: p.year,
    usToAz: p.usToAz?.primary.value ?? null,
    azToUs: p.azToUs?.primary.value ?? null,
    usToAzLabel: p.usToAz ? formatQualified(p.usToAz.primary.value, "USD million", p.usToAz.primary.qualifier) : null,
    azToUsLabel: p.azToUs ? formatQualified(p.azToUs.primary.value, "USD million", p.azToUs.primary.qualifier) : null,
  }));
}

function groupTitle(group: FlowGroup): string {
  if (group.shape === "full") return t("fdi.flowsFull");
  const first = group.periods[0];
  const span = first ? formatPeriod(first.start, first.end).replace(/\s\d{4}$/, "") : group.shape;
  return t("fdi.flowsPartial", { period: span });
}

export function InvestmentPanel() {
  const investment = useResource("investment");
  const sources = useSources();
  const selectYear = useFilterStore((s) => s.selectYear);
  const base = useMemo(
    () => (investment.data && sources.value ? buildInvestmentBase(investment.data.records, sources.value.dates) : null),
    [investment.data, sources.value],
  );
  // Without trade data there is no default year: fall back to the latest year with a flow figure.
  const year = useFocusYear(base ? latestFlowYear(base) : null);
  const view = useMemo(
    () =>
      base && investment.data && sources.value && year !== null
        ? focusInvestment(base, investment.data.records, year, sources.value.dates)
        : null,
    [base, investment.data, sources.value, year],
  );
  const status = panelStatus([investment, sources], view !== null && sources.value !== null);
  const [asTable] = usePanelTable("fdi");
  const getTable = useCallback(() => (base ? investmentTable(base, year) : null), [base, year]);
  const exports = usePanelExport("fdi", getTable, sources.value?.index ?? null, filtersInWords(year, null));
  return (
    <PanelFrame
      id={ID}
      title={t("fdi.title")}
      description={t("fdi.description")}
      {...status}
      year={year}
      exports={exports}
    >
      {view && sources.value && year !== null && (
        <InvestmentBody
          view={view}
          year={year}
          sources={sources.value.index}
          onSelectYear={selectYear}
          asTable={asTable}
        />
      )}
    </PanelFrame>
  );
}

interface BodyProps {
  view: InvestmentView;
  year: number;
  sources: SourceIndex;
  onSelectYear: (year: number) => void;
  asTable: boolean;
}

function InvestmentBody({ view, year, sources, onSelectYear, asTable }: BodyProps) {
  const flowYears = [...new Set(view.groups.flatMap((g) => g.periods.map((p) => p.year)))].sort();
  const table = useMemo(() => (asTable ? investmentTable(view, year) : null), [asTable, view, year]);
  return (
    <>
      {view.groupsInYear.length === 0 && (
        <div className="empty-note">
          <p>{t("fdi.noFlows", { year })}</p>
          <p>
            {t("fdi.flowYears", { years: formatList(flowYears.map(String)) })}{" "}
            <YearLinks years={flowYears} panelId={ID} onSelectYear={onSelectYear} />
          </p>
        </div>
      )}
      {/* Every period shape stays on screen (the selected year highlighted), so a year change never remounts a chart. */}
      {table && <DataTable model={table} sources={sources} />}
      {!table &&
        view.groups.map((group) => (
          <FlowGroupView key={group.shape} group={group} year={year} sources={sources} onSelectYear={onSelectYear} />
        ))}
      {view.growth.length > 0 && (
        <ul className="text-sm">
          {view.growth.map((g) => (
            <li key={`${g.direction}-${g.current.key}`}>
              {t("fdi.growthLabel", {
                direction: t(g.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs"),
                period: formatPeriod(g.previous.start, g.previous.end),
              })}{" "}
              <GrowthFigure growth={g} sources={sources} />
            </li>
          ))}
        </ul>
      )}
      <div className="text-sm">
        <h3 className="subheading">{t("fdi.indicators", { year })}</h3>
        {view.indicators.length === 0 ? (
          <p className="empty-note">{t("fdi.noIndicators", { year })}</p>
        ) : (
          <ul className="space-y-1">
            {view.indicators.map((f) => (
              <li key={f.primary.id}>
                {t(`fdi.metric.${f.primary.metric}`)},{" "}
                {t(f.primary.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")} (
                {formatPeriod(f.primary.periodStart, f.primary.periodEnd)}):{" "}
                <FigureValue figure={f} sources={sources} />{" "}
                <span className="text-xs">
                  — <SourceRefs ids={f.primary.sourceIds} sources={sources} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {!table && <StocksView stocks={view.stocks} standing={view.standing} sources={sources} />}
    </>
  );
}

function FlowGroupView({
  group,
  year,
  sources,
  onSelectYear,
}: {
  group: FlowGroup;
  year: number;
  sources: SourceIndex;
  onSelectYear: (y: number) => void;
}) {
  const rows = useMemo(() => flowRows(group), [group]);
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${t("fdi.usToAz")} ${r.usToAzLabel ?? t("fdi.notInSources")}, ${t("fdi.azToUs")} ${r.azToUsLabel ?? t("fdi.notInSources")}`,
    )
    .join("; ");
  return (
    <div>
      <h3 className="subheading">{groupTitle(group)}</h3>
      <div
        role="img"
        data-chart=""
        aria-label={t("fdi.chartSummary", { summary })}
        className="year-highlight"
        data-selected-year={year}
      >
        <FlowChart rows={rows} onSelectYear={onSelectYear} />
      </div>
      <ChartLegend items={FLOW_LEGEND} />
      <DataTable model={flowGroupTable(group, groupTitle(group), year)} sources={sources} captionHidden />
    </div>
  );
}

type Stocks = InvestmentView["stocks"];

function stockPoints(stocks: Stocks, direction: "us_to_az" | "az_to_us"): StockPoint[] {
  return stocks
    .filter(
      (f) => f.primary.direction === direction && f.primary.scope === "all_sectors" && f.primary.periodEnd !== null,
    )
    .map((f) => ({
      time: Date.parse(`${f.primary.periodEnd ?? ""}T00:00:00Z`),
      value: f.primary.value,
      label: formatQualified(f.primary.value, f.primary.unit, f.primary.qualifier),
      qualified: f.primary.qualifier !== "exact",
    }));
}

/** Year-independent: memoised so a year change leaves the stock chart alone. */
const StocksView = memo(function StocksView({
  stocks,
  standing,
  sources,
}: {
  stocks: Stocks;
  standing: Stocks;
  sources: SourceIndex;
}) {
  const us = useMemo(() => stockPoints(stocks, "us_to_az"), [stocks]);
  const az = useMemo(() => stockPoints(stocks, "az_to_us"), [stocks]);
  return (
    <div className="text-sm">
      <h3 className="subheading">{t("fdi.stocks")}</h3>
      <p className="text-xs text-slate-600">{t("fdi.stocksNote")}</p>
      {us.length + az.length > 0 && (
        <div
          role="img"
          data-chart=""
          aria-label={t("fdi.stockSummary", {
            summary: [...us, ...az].map((p) => `${new Date(p.time).getUTCFullYear()} ${p.label}`).join("; "),
          })}
        >
          <StockChart usToAz={us} azToUs={az} />
        </div>
      )}
      {us.length + az.length > 0 && <ChartLegend items={STOCK_LEGEND} />}
      {standing.length > 0 && (
        <ul className="mt-2 space-y-1">
          {standing.map((f) => (
            <li key={f.primary.id}>
              {t(`fdi.metric.${f.primary.metric}`)},{" "}
              {t(f.primary.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")} (
              {formatPeriod(f.primary.periodStart, f.primary.periodEnd)}): <FigureValue figure={f} sources={sources} />{" "}
              <span className="text-xs">
                — <SourceRefs ids={f.primary.sourceIds} sources={sources} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <LazyDetails className="mt-2" summary={t("fdi.stockList", { count: stocks.length })}>
        {() => (
          <ul className="mt-2 space-y-1">
            {stocks.map((f) => (
              <li key={f.primary.id}>
                <span className="font-medium">
                  {t(f.primary.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")}
                </span>
                : <FigureValue figure={f} sources={sources} /> ({t(`fdi.scope.${f.primary.scope}`)},{" "}
                {formatPeriod(f.primary.periodStart, f.primary.periodEnd)}
                {f.primary.dateInferred ? `, ${t("common.inferred")}` : ""}) {f.primary.reporter} —{" "}
                <span className="text-xs">
                  <SourceRefs ids={f.primary.sourceIds} sources={sources} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </LazyDetails>
    </div>
  );
});

/** Like-for-like change of a flow (this period on the same period a year earlier), opening both flows. */
function GrowthFigure({ growth, sources }: { growth: LikeForLike; sources: SourceIndex }) {
  const field = growth.direction === "us_to_az" ? "usToAz" : "azToUs";
  const records = [growth.current, growth.previous]
    .map((p) => p[field]?.primary)
    .filter((r): r is InvestmentRecord => r !== undefined);
  const inputs = derivedInputs({ fromIds: growth.fromIds }, records).map((record) => ({
    label: `${t(growth.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs")}, ${formatPeriod(record.periodStart, record.periodEnd)}`,
    record,
  }));
  const [current, previous] = inputs;
  const value = formatChange(growth.change);
  return (
    <DerivedValue
      label={t("fdi.growthName", {
        direction: t(growth.direction === "us_to_az" ? "fdi.usToAz" : "fdi.azToUs"),
        period: formatPeriod(growth.current.start, growth.current.end),
      })}
      value={value}
      formula={t("prov.formula.growth", {
        current: current ? formatQualified(current.record.value, current.record.unit, current.record.qualifier) : "?",
        previous: previous
          ? formatQualified(previous.record.value, previous.record.unit, previous.record.qualifier)
          : "?",
        result: value,
      })}
      inputs={inputs}
      sources={sources}
    />
  );
}
