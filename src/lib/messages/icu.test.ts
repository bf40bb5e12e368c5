import { describe, expect, it } from "vitest";
import { en, t } from ".";
import { argumentsOf, parse, render, type Formatters } from "./icu";

const formatters = (locale: string): Formatters => ({
  cardinal: new Intl.PluralRules(locale),
  ordinal: new Intl.PluralRules(locale, { type: "ordinal" }),
  number: new Intl.NumberFormat(locale),
});

describe("ICU subset", () => {
  it("substitutes arguments and leaves unknown ones visible", () => {
    expect(render(parse("Show {year}"), { year: 2024 }, formatters("en"))).toBe("Show 2024");
    expect(render(parse("Show {year}"), {}, formatters("en"))).toBe("Show {year}");
  });

  it("chooses plural forms by the locale's rules, with exact matches first", () => {
    const message = parse("{count, plural, =0 {no events} one {# event in {year}} other {# events in {year}}}");
    const f = formatters("en");
    expect(render(message, { count: 0, year: 2024 }, f)).toBe("no events");
    expect(render(message, { count: 1, year: 2024 }, f)).toBe("1 event in 2024");
    expect(render(message, { count: 1200, year: 2024 }, f)).toBe("1,200 events in 2024");
  });

  it("reads Russian's three forms (one, few, many) from the same syntax", () => {
    const message = parse("{count, plural, one {# версия} few {# версии} many {# версий} other {# версии}}");
    const f = formatters("ru-RU");
    expect([1, 2, 5, 21, 22, 25].map((count) => render(message, { count }, f))).toEqual([
      "1 версия",
      "2 версии",
      "5 версий",
      "21 версия",
      "22 версии",
      "25 версий",
    ]);
  });

  it("writes English ordinals by the ordinal rules", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22].map((value) => t("format.ordinal", { value }))).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
    ]);
  });

  it("refuses a plural without an other form and unbalanced braces", () => {
    expect(() => parse("{n, plural, one {x}}")).toThrow(/other/);
    expect(() => parse("{n, plural, other {x}")).toThrow(/Unbalanced/);
  });

  it("lists a message's arguments, inside plural branches too", () => {
    expect([...argumentsOf(parse("{count, plural, one {# in {year}} other {# in {year}}} for {who}"))].sort()).toEqual([
      "count",
      "who",
      "year",
    ]);
  });
});

describe("English catalog", () => {
  it("parses every message, and no key picks a plural form by hand", () => {
    for (const [key, message] of Object.entries(en)) {
      expect(() => parse(message), key).not.toThrow();
      expect(key, "plural forms belong inside one ICU message").not.toMatch(/\.(zero|one|two|few|many)$/);
    }
  });

  it("pluralises counts that can be one", () => {
    expect(t("common.versions", { count: 1 })).toBe("1 version");
    expect(t("common.versions", { count: 3 })).toBe("3 versions");
    expect(t("milestones.inYear", { count: 0, year: 2023 })).toBe("No events in the sources for 2023.");
    expect(t("milestones.inYear", { count: 1, year: 2023 })).toBe("1 event in 2023, marked “Selected year” below.");
  });
});
