import { describe, expect, it } from "vitest";
import { activateLanguage, currentLocale, registerMessages, t } from ".";
import { messages as az } from "./catalog-az";
import { messages as en } from "./catalog-en";
import { messages as ru } from "./catalog-ru";

/** Runs `body` with `language` active, then English again (the tests' default, tests/setup.ts). */
function inLanguage<T>(language: "az" | "ru", body: () => T): T {
  registerMessages(language, language === "az" ? az : ru);
  activateLanguage(language);
  try {
    return body();
  } finally {
    activateLanguage("en");
  }
}

describe("messages (intl-messageformat, ICU)", () => {
  it("pluralises counts that can be one", () => {
    expect(t("common.versions", { count: 1 })).toBe("1 version");
    expect(t("common.versions", { count: 3 })).toBe("3 versions");
    expect(t("milestones.inYear", { count: 0, year: 2023 })).toBe("No events in the sources for 2023.");
    expect(t("milestones.inYear", { count: 1, year: 2023 })).toBe("1 event in 2023, marked “Selected year” below.");
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

  it("chooses Russian's three forms (one, few, many) by its rules", () => {
    expect(inLanguage("ru", () => [1, 2, 5, 21, 22, 25].map((count) => t("common.versions", { count })))).toEqual([
      "1 версия",
      "2 версии",
      "5 версий",
      "21 версия",
      "22 версии",
      "25 версий",
    ]);
  });

  it("writes Azerbaijani ordinals by its rules (-ci, -cü, -cı, -cu)", () => {
    expect(inLanguage("az", () => [1, 3, 6, 9, 10, 40].map((value) => t("format.ordinal", { value })))).toEqual([
      "1-ci",
      "3-cü",
      "6-cı",
      "9-cu",
      "10-cu",
      "40-cı",
    ]);
  });

  it("formats the plural's number in the language's locale", () => {
    expect(t("table.rows", { from: 1, to: 50, total: 1200 })).toBe("Rows 1–50 of 1,200");
    expect(inLanguage("ru", () => currentLocale())).toBe("ru-RU");
    expect(inLanguage("ru", () => t("common.versions", { count: 1200 }))).toMatch(/^1\u00a0200 /);
  });

  it("never throws: a missing argument gives the raw message", () => {
    expect(t("common.about", {})).toBe(en["common.about"]);
  });
});
