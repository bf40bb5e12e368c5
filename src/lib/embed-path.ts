/**
 * The address of a panel's chart-only view (pure): the language's page path followed by
 * "embed/<panel key>/", e.g. "/embed/trade/", "/az/embed/fdi/" (also without the trailing slash). The panel key is read as it is; whether it names a panel is for
 * the page to say.
 */
import { DEFAULT_LANGUAGE, type Language } from "./messages/languages.ts";

const EMBED_TAIL = /(?:^|\/)embed\/([^/]*)\/?$/;

export interface EmbedRoute {
  /** The path without its embed tail ("/az/embed/trade" → "/az/"): the language's page. */
  page: string;
  /** The panel key as written in the address ("trade"), or null for a dashboard address. */
  embed: string | null;
}

function decodeSegment(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Splits an address into its language's page and the embedded panel (null when it is not an embed). */
export function splitEmbedPath(pathname: string, base = "/"): EmbedRoute {
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  // Only "embed/<key>" right after the base or after one language segment is an embed address.
  if (rest.split("/").filter(Boolean).length > 3) return { page: pathname, embed: null };
  const match = EMBED_TAIL.exec(rest);
  if (!match) return { page: pathname, embed: null };
  const before = rest.slice(0, match.index);
  if (before.includes("/")) return { page: pathname, embed: null };
  return { page: before === "" ? base : `${base}${before}/`, embed: decodeSegment(match[1] ?? "") };
}

/**
 * The embed address of a panel in a language: "<base>embed/trade/", "<base>ru/embed/trade/".
 * With the trailing slash, the folder form a static host serves (dist/embed/trade/index.html)
 * without a redirect or a rewrite rule; "/embed/trade" works too and is rewritten to it.
 */
export function embedPath(language: Language, panel: string, base = "/"): string {
  const page = language === DEFAULT_LANGUAGE ? base : `${base}${language}/`;
  return `${page}embed/${encodeURIComponent(panel)}/`;
}
