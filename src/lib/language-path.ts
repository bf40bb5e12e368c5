/**
 * The language in the address (pure): the first path segment after the app's base. "/" is
 * English (the default, left out), "/az/" Azerbaijani, "/ru/" Russian; a static host serves
 * each from its own prerendered index.html. Anything else there ("/de/", "/xx") is English,
 * reported as ignored (the page's usual notice).
 */
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./messages/languages.ts";

export interface IgnoredLanguage {
  param: "lang";
  value: string;
  reason: "unknown_language";
}

function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text; // a malformed %-escape is reported as it is
  }
}

export function decodeLanguage(pathname: string, base = "/"): { language: Language; ignored: IgnoredLanguage[] } {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  const segment = decodeSegment(rest.split("/")[0] ?? "");
  if (segment === "" || segment === "index.html") return { language: DEFAULT_LANGUAGE, ignored: [] };
  const code = segment.toLowerCase();
  if (isLanguage(code)) return { language: code, ignored: [] };
  const value = segment.length > 40 ? `${segment.slice(0, 37)}…` : segment;
  return { language: DEFAULT_LANGUAGE, ignored: [{ param: "lang", value, reason: "unknown_language" }] };
}

/** The canonical path of a language's page: the base for English, "<base>az/" for the others. */
export function languagePath(language: Language, base = "/"): string {
  return language === DEFAULT_LANGUAGE ? base : `${base}${language}/`;
}
