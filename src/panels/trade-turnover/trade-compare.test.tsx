import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { data, dates } from "../../../tests/support/dataset";
import { TradeCompare } from "./trade-compare";
import { buildTradeSeries } from "./trade-turnover.transform";

const series = buildTradeSeries(data.trade.records, dates);

describe("TradeCompare", () => {
  it("says each change in words and with a sign, the amount a button that opens its formula", async () => {
    render(<TradeCompare series={series} year={2025} vs={2024} />);
    expect(screen.getByRole("heading", { name: "2025 compared with 2024" })).toBeVisible();
    const items = screen.getAllByRole("listitem");
    expect(items[0]).toHaveTextContent(
      /^Turnover: \$1\.557B.* in 2025 against \$1,752\.96M.* in 2024, down −\$195\.96M \(−11\.2%\)\.$/,
    );
    expect(items[2]).toHaveTextContent(/down −\$73\.23M \(−54\.2%\)\.$/);
    const change = within(items[0]!).getByRole("button", { name: /^Turnover: change, 2024 to 2025: −\$195\.96M/ });
    await userEvent.click(change);
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent("($1.557B − $1,752.96M) ÷ $1,752.96M = −11.2%; $1.557B − $1,752.96M = −$195.96M");
    expect(dialog).toHaveTextContent("Turnover, 2025: $1.557B");
    expect(dialog).toHaveTextContent("Turnover, 2024: $1,752.96M");
  });

  it("says in words why two years are not compared", () => {
    render(<TradeCompare series={series} year={2018} vs={2017} />);
    expect(screen.getAllByRole("listitem")[1]).toHaveTextContent(
      "Imports from U.S.: not compared: the figure for 2017 is stated only as “about $720.5M”, so no exact change can be computed.",
    );
  });
});
