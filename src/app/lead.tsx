import { useMemo } from "react";
import { DerivedValue, FigureValue } from "../components/figure-value";
import { RichMessage } from "../components/rich-message";
import { useSourceDates } from "../components/sources-context";
import { useResource } from "../data-source/queries";
import { formatPeriod, formatShare, formatStated } from "../lib/format";
import { t } from "../lib/messages";
import { derivedInputs } from "../lib/provenance";
import { buildInvestmentBase } from "../panels/investment/investment.transform";
import { GrowthValue } from "../panels/trade-turnover/trade-derived";
import { useTradeSeries } from "../panels/trade-turnover/use-trade-series";
import { useCompareYear, useFocusYear } from "../state/focus-year";
import { LeadComparison } from "./lead-comparison";
import { buildLead, type LeadModel } from "./lead.transform";

/**
 * Two or three sentences for the selected year, generated from the data: the turnover and its
 * change, how lopsided it is, the latest investment flows both ways. Every number opens its
 * provenance; where the sources give nothing, the sentence says so.
 */
export function Lead() {
  const { series } = useTradeSeries();
  const investment = useResource("investment");
  const dates = useSourceDates();
  const year = useFocusYear();
  const vs = useCompareYear();
  const base = useMemo(
    () => (investment.data ? buildInvestmentBase(investment.data.records, dates) : null),
    [investment.data, dates],
  );
  const lead = useMemo(
    () => (series && year !== null ? buildLead(series, base, year, vs) : null),
    [series, base, year, vs],
  );
  if (!lead || !series) return null;
  return (
    <section aria-label={t("lead.label", { year: lead.year })} className="mx-auto w-full max-w-7xl px-4">
      <p className="lead-text max-w-4xl text-base leading-relaxed text-slate-800 sm:text-lg">
        <TradeSentences lead={lead} series={series} /> <FlowSentence lead={lead} />
      </p>
    </section>
  );
}

type Series = NonNullable<ReturnType<typeof useTradeSeries>["series"]>;

function TradeSentences({ lead, series }: { lead: LeadModel; series: Series }) {
  const { year, comparison } = lead;
  if (!lead.turnover && !lead.imports && !lead.exports)
    return (
      <>
        <NoTradeSentences lead={lead} />
        {comparison && (
          <>
            {" "}
            <LeadComparison year={year} comparison={comparison} />
          </>
        )}
      </>
    );
  const turnover = lead.turnover ? (
    <FigureValue figure={lead.turnover} label={`${t("headline.turnover")}, ${year}`} />
  ) : (
    t("headline.noFigure")
  );
  const plain = <RichMessage id="lead.turnover" values={{ year, turnover }} />;
  return (
    <>
      {comparison ? (
        <LeadComparison year={year} comparison={comparison} turnover={lead.turnover ? turnover : undefined}>
          {plain}
        </LeadComparison>
      ) : lead.growth ? (
        <RichMessage
          id="lead.turnoverChange"
          values={{
            year,
            turnover,
            previousYear: lead.growth.previousYear,
            change: <GrowthValue growth={lead.growth} year={year} series={series} />,
          }}
        />
      ) : (
        plain
      )}{" "}
      {lead.imports && lead.exports && <SidesSentence lead={lead} />}
    </>
  );
}

/** A year without full-year trade figures: says so, and names a partial-year figure when there is one. */
function NoTradeSentences({ lead }: { lead: LeadModel }) {
  const first = lead.partials[0];
  return (
    <>
      {t("lead.noTrade", { year: lead.year })}{" "}
      {first && (
        <RichMessage
          id="lead.partials"
          values={{
            count: lead.partials.length,
            first: (
              <FigureValue
                figure={first.figure}
                label={t("lead.partialLabel", {
                  metric: t(`trade.metric.${first.metric}`),
                  period: formatPeriod(first.figure.primary.periodStart, first.figure.primary.periodEnd),
                })}
              />
            ),
          }}
        />
      )}
    </>
  );
}

function SidesSentence({ lead }: { lead: LeadModel }) {
  const { imports, exports, importsShare, year } = lead;
  if (!imports || !exports) return null;
  const importsValue = <FigureValue figure={imports} label={`${t("headline.imports")}, ${year}`} />;
  const exportsValue = <FigureValue figure={exports} label={`${t("headline.exports")}, ${year}`} />;
  if (!importsShare) return <RichMessage id="lead.sides" values={{ imports: importsValue, exports: exportsValue }} />;
  const value = formatShare(importsShare.value);
  const stated = (r: typeof imports.primary) => formatStated(r);
  return (
    <RichMessage
      id="lead.lopsided"
      values={{
        imports: importsValue,
        exports: exportsValue,
        share: (
          <DerivedValue
            label={`${t("lead.shareName")}, ${year}`}
            value={value}
            formula={t("lead.shareFormula", {
              imports: stated(imports.primary),
              exports: stated(exports.primary),
              result: value,
            })}
            inputs={derivedInputs(importsShare, [imports.primary, exports.primary]).map((record) => ({
              label: `${t(`trade.metric.${record.metric}`)}, ${year}`,
              record,
            }))}
          />
        ),
      }}
    />
  );
}

function FlowSentence({ lead }: { lead: LeadModel }) {
  const { flows } = lead;
  if (!flows) return <>{t("lead.noFlows", { year: lead.year })}</>;
  const period = formatPeriod(flows.start, flows.end);
  const us = flows.usToAz && <FigureValue figure={flows.usToAz} label={`${t("fdi.usToAz")}, ${period}`} />;
  const az = flows.azToUs && <FigureValue figure={flows.azToUs} label={`${t("fdi.azToUs")}, ${period}`} />;
  if (us && az) return <RichMessage id="lead.flowsBoth" values={{ period, usToAz: us, azToUs: az }} />;
  if (us) return <RichMessage id="lead.flowsUs" values={{ period, usToAz: us }} />;
  return <RichMessage id="lead.flowsAz" values={{ period, azToUs: az }} />;
}
