import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messages as az } from "./catalog-az";
import { messages as en } from "./catalog-en";
import { messages as ru } from "./catalog-ru";
import { messageShape, pluralCategories } from "./catalog-shape";
import { INTL_LOCALE, type Catalog } from "./languages";

/** Every source file outside the catalog (tests included: a key only a test uses is still dead). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full.endsWith(path.join("lib", "messages")) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const TRANSLATIONS: [string, Catalog][] = [
  ["az", az],
  ["ru", ru],
];

describe("message catalog", () => {
  // The app, and the build's server render (which writes each page's title and description).
  const code = [
    ...sourceFiles(path.resolve(__dirname, "../..")),
    path.resolve(__dirname, "../../../scripts/prerender-entry.ts"),
  ]
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  // Keys built at run time from a prefix: t(`sector.${id}`), t(`trade.metric.${m}`).
  const prefixes = [...code.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)].map((m) => m[1] ?? "");

  it("has no key that no code uses", () => {
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`"${key}"`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it("parses every English message, and no key picks a plural form by hand", () => {
    for (const [key, message] of Object.entries(en)) {
      expect(() => messageShape(message), key).not.toThrow();
      expect(key, "plural forms belong inside one ICU message").not.toMatch(/\.(zero|one|two|few|many)$/);
    }
  });

  it.each(TRANSLATIONS)("%s has every key, and only those, with the English message's ICU arguments", (_, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    const differ = Object.entries(en).flatMap(([key, english]) => {
      const translated = catalog[key as keyof Catalog];
      const a = messageShape(english).join(" ");
      let b: string;
      try {
        b = messageShape(translated).join(" ");
      } catch (error) {
        return [`${key}: ${String(error)}`];
      }
      return a === b ? [] : [`${key}: [${a}] vs [${b}]`];
    });
    expect(differ).toEqual([]);
  });

  it.each(TRANSLATIONS)("%s gives each plural every form its language's rules have", (language, catalog) => {
    const locale = INTL_LOCALE[language as "az" | "ru"];
    const needed = {
      cardinal: new Intl.PluralRules(locale).resolvedOptions().pluralCategories,
      ordinal: new Intl.PluralRules(locale, { type: "ordinal" }).resolvedOptions().pluralCategories,
    };
    const missing = Object.entries(catalog).flatMap(([key, message]) =>
      pluralCategories(message).flatMap((found) => {
        const [name, type, forms] = found.split(":") as [string, "cardinal" | "ordinal", string];
        const have = forms.split("|");
        // "{n, plural, other {#}}" (a number, no words) needs no other form.
        if (have.length === 1 && have[0] === "other") return [];
        const lacking = needed[type].filter((form) => !have.includes(form));
        return lacking.length > 0 ? [`${key}: ${name} lacks ${lacking.join(", ")}`] : [];
      }),
    );
    expect(missing).toEqual([]);
  });
});
