import { Fragment } from "react";
import { FigureValue } from "../../components/figure-value";
import { RichMessage } from "../../components/rich-message";
import { formatDate, formatPeriod } from "../../lib/format";
import { t } from "../../lib/messages";
import { directionLabel } from "./investment.chart-rows";
import { latestFlows, latestUsStock } from "./investment.answer";
import type { InvestmentBase } from "./investment.transform";

/** What the panel answers first: the latest flows both ways, and the latest stated U.S. stock with its date. */
export function InvestmentAnswer({ base, year }: { base: InvestmentBase; year: number }) {
  const flows = latestFlows(base, year);
  const stock = latestUsStock(base, year);
  const period = flows ? formatPeriod(flows.start, flows.end) : "";
  const parts = flows
    ? [flows.usToAz, flows.azToUs].flatMap((f) =>
        f
          ? [
              <Fragment key={f.primary.id}>
                {directionLabel(f.primary.direction)}{" "}
                <FigureValue figure={f} label={`${directionLabel(f.primary.direction)}, ${period}`} /> ({period})
              </Fragment>,
            ]
          : [],
      )
    : [];
  return (
    <div className="panel-answer space-y-1 text-sm text-slate-800">
      <p>
        {parts.length > 0 ? (
          <RichMessage
            id="fdi.answerFlows"
            values={{ year, flows: <>{parts.map((p, i) => (i === 0 ? p : <Fragment key={i}>; {p}</Fragment>))}</> }}
          />
        ) : (
          t("fdi.answerNoFlows", { year })
        )}
      </p>
      <p>
        {stock?.primary.periodEnd ? (
          <RichMessage
            id="fdi.answerStock"
            values={{
              date: formatDate(stock.primary.periodEnd),
              stock: <FigureValue figure={stock} label={`${t("fdi.stocks")}, ${directionLabel("us_to_az")}`} />,
            }}
          />
        ) : (
          t("fdi.answerNoStock", { year })
        )}
      </p>
    </div>
  );
}
