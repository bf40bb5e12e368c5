import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { milestoneMarkers } from "../../data-source/milestone-years";
import { TradeTooltip } from "./trade-chart-tooltip";
import { toChartRows } from "./trade-turnover.chart-rows";
import { buildTradeSeries } from "./trade-turnover.transform";

const index = new Map(data.sources.sources.map((s) => [s.id, s]));
const rows = toChartRows(buildTradeSeries(data.trade.records, dates), index);
const markers = milestoneMarkers(data.milestones.milestones);

describe("TradeTooltip", () => {
  it("lists imports, exports, turnover and balance in that order, each with its source, balance derived", () => {
    const { container } = render(<TradeTooltip active label={2024} rows={rows} milestones={markers} />);
    const names = [...container.querySelectorAll("dt")].map((d) => d.textContent);
    expect(names).toEqual(["Imports from U.S.: ", "Exports to U.S.: ", "Turnover: ", "Balance (derived): "]);
    const values = [...container.querySelectorAll("dd")].map((d) => d.textContent);
    expect(values[0]).toMatch(/^\$1,617\.93MSource: /);
    expect(values[3]).toBe("-$1,482.9Mderived from the bars");
    expect(screen.queryByText(/different bases/)).toBeNull();
  });

  it("names a figure's basis when it is not national statistics, and says a mixed-basis year is not comparable", () => {
    render(<TradeTooltip active label={2010} rows={rows} milestones={markers} />);
    expect(screen.getByText(/^U\.S\. official figures · Source: /)).toBeVisible();
    expect(screen.getByText(/^Figures on different bases: not comparable/)).toBeVisible();
    expect(screen.getByText("not in sources")).toBeVisible();
  });

  it("counts the year's milestones and draws nothing when no year is pointed at", () => {
    render(<TradeTooltip active label={2025} rows={rows} milestones={markers} />);
    expect(screen.getByText(/13 milestones/)).toBeVisible();
    const { container } = render(<TradeTooltip active={false} label={2025} rows={rows} milestones={markers} />);
    expect(container).toBeEmptyDOMElement();
  });
});
