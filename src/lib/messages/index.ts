/**
 * The message catalog, one file per area of the page. Components never hold user-facing
 * English: they call `t` at render time (never at module load), so the language can change
 * while the page runs. Messages use ICU syntax; plurals are chosen by the locale's rules.
 */
import { answersMessages } from "./en-answers";
import { appMessages } from "./en-app";
import { commonMessages } from "./en-common";
import { companiesMessages } from "./en-companies";
import { exportsMessages } from "./en-exports";
import { fdiMessages } from "./en-fdi";
import { milestonesMessages } from "./en-milestones";
import { provenanceMessages } from "./en-provenance";
import { sourcesMessages } from "./en-sources";
import { tradeMessages } from "./en-trade";
import { parse, render, type Formatters, type MessageParams } from "./icu";

export type { MessageParams } from "./icu";

export const en = {
  ...commonMessages,
  ...appMessages,
  ...answersMessages,
  ...provenanceMessages,
  ...sourcesMessages,
  ...tradeMessages,
  ...exportsMessages,
  ...fdiMessages,
  ...companiesMessages,
  ...milestonesMessages,
} as const;

export type MessageKey = keyof typeof en;

export const LOCALE = "en-US";

const formatters: Formatters = {
  cardinal: new Intl.PluralRules(LOCALE),
  ordinal: new Intl.PluralRules(LOCALE, { type: "ordinal" }),
  number: new Intl.NumberFormat(LOCALE),
};
/** Parsed messages, a pure cache: a message parses the same every time. */
const parsed = new Map<MessageKey, ReturnType<typeof parse>>();

export function t(key: MessageKey, params: MessageParams = {}): string {
  let nodes = parsed.get(key);
  if (!nodes) {
    nodes = parse(en[key]);
    parsed.set(key, nodes);
  }
  return render(nodes, params, formatters);
}
