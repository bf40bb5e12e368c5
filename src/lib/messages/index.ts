/**
 * The message catalogs (one chunk per language, loaded on demand) and `t`, which formats a
 * message of the active language with FormatJS's intl-messageformat (ICU syntax: plural,
 * selectordinal, select; plurals by each locale's CLDR rules). Components never hold
 * user-facing text: they call `t` at render time (never at module load), so the language can
 * change while the page runs. Only the active language's catalog is fetched on the first view
 * (main.tsx awaits `loadMessages` before the first render); another is fetched on switch.
 */
import { IntlMessageFormat, type Formatters } from "intl-messageformat";
import { DEFAULT_LANGUAGE, INTL_LOCALE, type Catalog, type Language, type MessageKey } from "./languages";

export { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES } from "./languages";
export type { Catalog, Language, MessageKey } from "./languages";

export type MessageParams = Record<string, string | number>;

const LOADERS: Record<Language, () => Promise<Catalog>> = {
  en: () => import("./catalog-en").then((m) => m.messages),
  az: () => import("./catalog-az").then((m) => m.messages),
  ru: () => import("./catalog-ru").then((m) => m.messages),
};

const catalogs = new Map<Language, Catalog>();
const pending = new Map<Language, Promise<Catalog>>();
let active: Language = DEFAULT_LANGUAGE;
/** Compiled messages of the active language (a pure cache: a message compiles the same every time). */
let compiled = new Map<MessageKey, IntlMessageFormat>();

/** Intl objects shared by every message (intl-messageformat would create its own per message). */
function memoized<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) {
      value = make(...args);
      cache.set(key, value);
    }
    return value;
  };
}
const formatters: Formatters = {
  getNumberFormat: memoized((locales, options) => new Intl.NumberFormat(locales, options)),
  getDateTimeFormat: memoized((locales, options) => new Intl.DateTimeFormat(locales, options)),
  getPluralRules: memoized((locales, options) => new Intl.PluralRules(locales, options)),
};

/** Makes a catalog available without fetching it (the server render, tests). */
export function registerMessages(language: Language, catalog: Catalog): void {
  catalogs.set(language, catalog);
}

/** Fetches a language's catalog once; a failed fetch can be retried. */
export function loadMessages(language: Language): Promise<void> {
  if (catalogs.has(language)) return Promise.resolve();
  let load = pending.get(language);
  if (!load) {
    load = LOADERS[language]().finally(() => pending.delete(language));
    pending.set(language, load);
  }
  return load.then((catalog) => registerMessages(language, catalog));
}

export function hasMessages(language: Language): boolean {
  return catalogs.has(language);
}

/** Makes a loaded language the one `t` and every formatter use. */
export function activateLanguage(language: Language): void {
  if (!catalogs.has(language)) throw new Error(`the ${language} messages are not loaded`);
  if (language === active && compiled.size > 0) return;
  active = language;
  compiled = new Map();
}

export function currentLanguage(): Language {
  return active;
}

/** The Intl locale of the active language: "en", "az-Latn-AZ", "ru-RU". */
export function currentLocale(): string {
  return INTL_LOCALE[active];
}

function compile(key: MessageKey): IntlMessageFormat | null {
  const catalog = catalogs.get(active);
  if (!catalog) return null;
  let message = compiled.get(key);
  if (!message) {
    message = new IntlMessageFormat(catalog[key], INTL_LOCALE[active], undefined, { formatters, ignoreTag: true });
    compiled.set(key, message);
  }
  return message;
}

/**
 * The message in the active language. A catalog not loaded yet, or a message that cannot be
 * formatted (a missing argument), gives the key or the raw message: never an exception that
 * would blank the page.
 */
export function t(key: MessageKey, params: MessageParams = {}): string {
  try {
    const message = compile(key);
    if (!message) return key;
    return String(message.format(params));
  } catch {
    return catalogs.get(active)?.[key] ?? key;
  }
}
