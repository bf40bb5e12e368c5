import { afterEach, describe, expect, it } from "vitest";
import { formatDate, formatPeriod, formatUsdMillions, formatUsdMillionsCompact, formatValue } from "./format";
import { activateLanguage, registerMessages } from "./messages";
import { messages as az } from "./messages/catalog-az";
import { messages as ru } from "./messages/catalog-ru";

registerMessages("az", az);
registerMessages("ru", ru);
afterEach(() => activateLanguage("en"));

/** Node has every locale's data (Debian's Chromium lacks Azerbaijani's), so the formats are checked here. */
const nbsp = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("numbers and dates in each language", () => {
  it("writes money in millions as each locale writes currency, the millions word after the number", () => {
    expect(formatUsdMillions(1752.96)).toBe("$1,752.96M");
    expect(formatUsdMillions(-1482)).toBe("-$1,482M");
    activateLanguage("ru");
    expect(nbsp(formatUsdMillions(1752.96))).toBe("1 752,96 млн $");
    expect(nbsp(formatUsdMillions(-1482))).toBe("-1 482 млн $");
    activateLanguage("az");
    expect(nbsp(formatUsdMillions(1752.96))).toBe("1.752,96 mln US$");
  });

  it("abbreviates axis ticks and figures stated in billions the locale's way", () => {
    expect(formatUsdMillionsCompact(1500)).toBe("$1.5B");
    expect(formatValue(1700, "USD million", "$1.7 billion")).toBe("$1.7B");
    activateLanguage("ru");
    expect(nbsp(formatUsdMillionsCompact(1500))).toBe("1,5 млрд $");
    activateLanguage("az");
    expect(nbsp(formatUsdMillionsCompact(1500))).toBe("1,5 mlrd US$");
    expect(nbsp(formatValue(1700, "USD million", "$1.7 billion"))).toBe("1,7 mlrd US$");
  });

  it("writes month names and dates in the language", () => {
    expect(formatDate("2026-02-09")).toBe("Feb 9, 2026");
    expect(formatPeriod("2025-01-01", "2025-09-30")).toBe("Jan–Sep 2025");
    activateLanguage("az");
    expect(formatDate("2026-02-09")).toBe("9 fev 2026");
    expect(formatPeriod("2025-01-01", "2025-09-30")).toBe("yan–sen 2025");
    activateLanguage("ru");
    expect(nbsp(formatDate("2026-02-09"))).toBe("9 февр. 2026 г.");
    expect(formatPeriod("2025-01-01", "2025-09-30")).toBe("янв.–сент. 2025");
  });

  it("writes percentages and ordinals by the language's rules", () => {
    expect(formatValue(9.57, "percent")).toBe("9.57%");
    expect(formatValue(5, "rank")).toBe("5th");
    activateLanguage("ru");
    expect(nbsp(formatValue(9.57, "percent"))).toMatch(/^9,57 ?%$/);
    activateLanguage("az");
    expect(formatValue(5, "rank")).toBe("5-ci");
  });
});
