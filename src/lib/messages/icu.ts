/**
 * A small ICU MessageFormat subset: `{name}`, `{n, plural, =0 {…} one {…} other {…}}` and
 * `{n, selectordinal, one {#st} … other {#th}}`, with `#` for the number. Categories come from
 * `Intl.PluralRules` of the active locale, so each catalog writes the forms its language has
 * (Russian: one, few, many, other). The syntax is the one full i18n libraries read, so the
 * catalogs move to one unchanged.
 */
export type MessageParams = Readonly<Record<string, string | number>>;

type Node =
  string | { arg: string } | { arg: string; kind: "plural" | "selectordinal"; options: ReadonlyMap<string, Node[]> };

/** Index of the `}` closing the `{` at `open`. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  throw new Error(`Unbalanced braces in message: ${text}`);
}

function parseOptions(text: string): Map<string, Node[]> {
  const options = new Map<string, Node[]>();
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open === -1) break;
    const selector = text.slice(i, open).trim();
    const end = closing(text, open);
    options.set(selector, parse(text.slice(open + 1, end)));
    i = end + 1;
  }
  if (!options.has("other")) throw new Error(`Plural without an "other" form: ${text}`);
  return options;
}

export function parse(text: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    if (open === -1) {
      nodes.push(text.slice(i));
      break;
    }
    if (open > i) nodes.push(text.slice(i, open));
    const end = closing(text, open);
    const inner = text.slice(open + 1, end);
    const match = /^\s*(\w+)\s*,\s*(plural|selectordinal)\s*,([\s\S]*)$/.exec(inner);
    if (match?.[1] && match[2] && match[3] !== undefined) {
      nodes.push({ arg: match[1], kind: match[2] as "plural" | "selectordinal", options: parseOptions(match[3]) });
    } else nodes.push({ arg: inner.trim() });
    i = end + 1;
  }
  return nodes;
}

/** The ICU arguments a message uses ("count", "year"), for the catalog check. */
export function argumentsOf(nodes: readonly Node[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (typeof node === "string") continue;
    into.add(node.arg);
    if ("options" in node) for (const branch of node.options.values()) argumentsOf(branch, into);
  }
  return into;
}

export interface Formatters {
  cardinal: Intl.PluralRules;
  ordinal: Intl.PluralRules;
  number: Intl.NumberFormat;
}

export function render(nodes: readonly Node[], params: MessageParams, f: Formatters, pound?: string): string {
  let out = "";
  for (const node of nodes) {
    if (typeof node === "string") {
      out += pound === undefined ? node : node.replace(/#/g, pound);
      continue;
    }
    const value = params[node.arg];
    if (!("options" in node)) {
      out += value === undefined ? `{${node.arg}}` : String(value);
      continue;
    }
    const n = Number(value);
    const rules = node.kind === "plural" ? f.cardinal : f.ordinal;
    const branch = node.options.get(`=${n}`) ?? node.options.get(rules.select(n)) ?? node.options.get("other") ?? [];
    out += render(branch, params, f, Number.isFinite(n) ? f.number.format(n) : String(value));
  }
  return out;
}
