/**
 * What a translation must keep of its English message: the same arguments, each of the same
 * kind (plain, number, plural, selectordinal, select), and every `select` case. Used by the
 * catalog check (catalog.test.ts); a bundler never sees it.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: "argument",
  [TYPE.number]: "number",
  [TYPE.date]: "date",
  [TYPE.time]: "time",
  [TYPE.select]: "select",
  [TYPE.plural]: "plural",
  [TYPE.tag]: "tag",
};

function collect(elements: MessageFormatElement[], into: Set<string>): void {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    const plural = element.type === TYPE.plural;
    const kind = plural ? (element.pluralType === "ordinal" ? "selectordinal" : "plural") : KIND[element.type];
    into.add(`${element.value}:${kind}`);
    if (element.type === TYPE.select) {
      into.add(`${element.value}:cases=${Object.keys(element.options).sort().join("|")}`);
    }
    if (element.type === TYPE.select || element.type === TYPE.plural)
      for (const option of Object.values(element.options)) collect(option.value, into);
    if (element.type === TYPE.tag) collect(element.children, into);
  }
}

/** The message's arguments as "name:kind" (and "name:cases=…" for a select), sorted; throws on bad syntax. */
export function messageShape(message: string): string[] {
  const into = new Set<string>();
  collect(parse(message, { ignoreTag: true, requiresOtherClause: true }), into);
  return [...into].sort();
}

/** The plural categories a message's plural/selectordinal arguments offer, e.g. ["count:one|few|many|other"]. */
export function pluralCategories(message: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.plural) {
        const keys = Object.keys(element.options).filter((k) => !k.startsWith("="));
        found.push(`${element.value}:${element.pluralType ?? "cardinal"}:${keys.sort().join("|")}`);
      }
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) walk(option.value);
    }
  };
  walk(parse(message, { ignoreTag: true, requiresOtherClause: true }));
  return found;
}
