import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { data, dates } from "../../tests/support/dataset";
import { groupVersions, type Figure } from "../data-source/versions";
import type { SourcedRecord } from "../lib/provenance";
import { FigureValue } from "./figure-value";

/** The figure of the dataset's one record that matches, with every version of it. */
function figureOf<T extends SourcedRecord>(records: readonly T[], match: (r: T) => boolean): Figure<T> {
  const [figure, ...more] = [...groupVersions(records.filter(match), () => "one", dates).values()];
  if (!figure || more.length > 0) throw new Error("expected one figure");
  return figure;
}

const trade = data.trade.records;
const investment = data.investment.records;
const counts = data.companies.counts;
const products = data.exportProducts.records;

describe("FigureValue's accessible name", () => {
  it("says what the figure is, from its record, when no label is given", () => {
    const rank = figureOf(trade, (r) => r.metric === "rank_imports" && r.periodEnd === "2025-10-31");
    render(<FigureValue figure={rank} />);
    expect(
      screen.getByRole("button", { name: "U.S. rank among import sources, Jan–Oct 2025: 4th — sources" }),
    ).toBeVisible();
  });

  it("names an investment figure by metric, direction and scope", () => {
    const flow = figureOf(
      investment,
      (r) =>
        r.metric === "flow" &&
        r.direction === "az_to_us" &&
        r.periodStart === "2023-01-01" &&
        r.periodEnd === "2023-12-31",
    );
    const oilGas = figureOf(
      investment,
      (r) => r.metric === "stock" && r.scope === "oil_gas" && r.periodEnd === "2020-05-24",
    );
    render(
      <>
        <FigureValue figure={flow} />
        <FigureValue figure={oilGas} />
      </>,
    );
    expect(
      screen.getByRole("button", { name: /^Flow, Azerbaijan → U\.S\., 2023: \$311\.775M — sources$/ }),
    ).toBeVisible();
    expect(
      screen.getByRole("button", {
        name: /^Stock, U\.S\. → Azerbaijan, oil & gas only, as of May 24, 2020: \$12\.8B — sources$/,
      }),
    ).toBeVisible();
  });

  it("names a company count by what it counts, and a product by its name", () => {
    const active = figureOf(counts, (r) => r.concept === "active");
    const aluminum = figureOf(products, (r) => r.product === "Aluminum plating");
    render(
      <>
        <FigureValue figure={active} />
        <FigureValue figure={aluminum} />
      </>,
    );
    expect(screen.getByRole("button", { name: "Companies active, date not stated: 220 — sources" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Aluminum plating, 2024: $31.7M — sources" })).toBeVisible();
  });

  it("says the scope of a partial trade measure, and keeps a label given by the caller", () => {
    const nonOil = figureOf(trade, (r) => r.scope === "non_oil_gas_az_origin");
    render(
      <>
        <FigureValue figure={nonOil} />
        <FigureValue figure={nonOil} label="Made in Azerbaijan" />
      </>,
    );
    expect(screen.getByRole("button", { name: /^Non-oil & gas exports of Azerbaijani origin, \d{4}: / })).toBeVisible();
    expect(screen.getByRole("button", { name: /^Made in Azerbaijan: / })).toBeVisible();
  });

  it("counts the versions in the name when sources disagree", () => {
    const turnover2025 = figureOf(
      trade,
      (r) =>
        r.metric === "turnover" &&
        r.scope === "all_goods" &&
        r.periodStart === "2025-01-01" &&
        r.periodEnd === "2025-12-31",
    );
    expect(turnover2025.conflict).toBe(true);
    render(<FigureValue figure={turnover2025} />);
    expect(
      screen.getByRole("button", {
        name: new RegExp(`^Turnover, 2025: .*, ${turnover2025.versions.length} versions, sources disagree — sources$`),
      }),
    ).toBeVisible();
  });
});
