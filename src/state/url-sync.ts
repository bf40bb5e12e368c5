/**
 * Keeps the filter store and the address bar in step: the URL is read once before the
 * first render (so a deep link never paints the default view first) and again on
 * Back/Forward; every later change of language, year, comparison year, sectors or a panel's chart/table view
 * pushes one history entry. The language is the path ("/az/"), the rest the query string.
 */
import { useEffect, useRef } from "react";
import { activateLanguage, hasMessages, type Language } from "../lib/messages";
import { embedPath, splitEmbedPath } from "../lib/embed-path";
import { decode, decodeLanguage, encode, languagePath, type YearBounds } from "./url-codec";
import { useDataPin } from "./data-pin";
import { useFilterStore } from "./filter-store";

/** The app's base path as Vite was configured ("/" by default; also under Node without Vite, the reference server). */
export const BASE_PATH: string = (import.meta.env as Partial<ImportMetaEnv> | undefined)?.BASE_URL ?? "/";

function yearBounds(now = new Date()): YearBounds {
  return { min: 1991, max: now.getFullYear() };
}

/** The panel key of an embed address ("/az/embed/trade" → "trade"), or null on the dashboard. */
export function addressEmbed(): string | null {
  return splitEmbedPath(window.location.pathname, BASE_PATH).embed;
}

/** The language page of the address (an embed's "embed/<key>" tail left aside). */
const addressPage = () => splitEmbedPath(window.location.pathname, BASE_PATH).page;

/** The path of the store's language: its page, with the embed tail kept on an embed address. */
function pagePath(language: Language): string {
  const embed = addressEmbed();
  return embed === null ? languagePath(language, BASE_PATH) : embedPath(language, embed, BASE_PATH);
}

/** The language the current address asks for (English when it names none or an unknown one). */
export function addressLanguage(): Language {
  return decodeLanguage(addressPage(), BASE_PATH).language;
}

const here = () => `${window.location.pathname}${window.location.search}`;

function writeUrl(path: string, search: string, mode: "push" | "replace"): void {
  const url = `${path}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/** The address the store's state is written as. */
function canonical(defaultYear: number | null): { path: string; search: string } {
  const state = useFilterStore.getState();
  return { path: pagePath(state.language), search: encode(state, defaultYear) };
}

/**
 * Reads the current URL into the store, with a notice for the parts it ignored, and
 * rewrites the address in canonical form. The address's language must be loaded
 * (hasMessages). Called once before the first render and on Back/Forward. Returns the path
 * and query string the store now matches.
 */
export function hydrateFromUrl(defaultYear: number | null = null): string {
  const { language, ignored: languageIgnored } = decodeLanguage(addressPage(), BASE_PATH);
  const { state, ignored, dataPin } = decode(window.location.search, yearBounds());
  // The address drops `data=` (see url-codec.ts); the notice it asks for stays until dismissed.
  if (dataPin !== undefined) useDataPin.getState().pin(dataPin);
  // Canonicalise the address before the store changes, so the store subscriber sees the
  // URL already matching and pushes nothing for this hydration.
  const path = pagePath(language);
  const search = encode(state, defaultYear);
  if (path !== window.location.pathname || search !== window.location.search) writeUrl(path, search, "replace");
  activateLanguage(language);
  useFilterStore.getState().hydrate(state, [...languageIgnored, ...ignored], language);
  return here();
}

/**
 * `defaultYear` is null until the trade data says which year is the latest full one.
 * `prepare` fetches what a language needs (its messages, the dataset's labels) before
 * Back/Forward shows it.
 */
export function useUrlSync(defaultYear: number | null, prepare: (language: Language) => Promise<void>): void {
  const defaultYearRef = useRef(defaultYear);
  const prepareRef = useRef(prepare);
  useEffect(() => {
    prepareRef.current = prepare;
  });
  /** The address the store was last synced with; a popstate with the same one (a #fragment jump) changes nothing. */
  const synced = useRef<string | null>(null);

  useEffect(() => {
    // main.tsx hydrated before the first render: the store already says what the URL says, and its
    // notice of ignored parts must survive. (The ref also survives StrictMode's second effect run.)
    if (synced.current === null) {
      const { path, search } = canonical(defaultYearRef.current);
      const inStep = path === window.location.pathname && search === window.location.search;
      synced.current = inStep || !hasMessages(addressLanguage()) ? here() : hydrateFromUrl(defaultYearRef.current);
    }
    let cancelled = false;
    const onPopState = () => {
      const target = here();
      if (target === synced.current) return;
      const language = addressLanguage();
      const apply = () => {
        // Another Back/Forward may have moved on while the language loaded.
        if (!cancelled && here() === target) synced.current = hydrateFromUrl(defaultYearRef.current);
      };
      if (hasMessages(language) && language === useFilterStore.getState().language) apply();
      else
        prepareRef
          .current(language)
          .then(apply)
          // The language cannot be fetched (offline): the filters still follow, in the current language.
          .catch(() => {
            if (cancelled || here() !== target) return;
            const { state, ignored } = decode(window.location.search, yearBounds());
            useFilterStore.getState().hydrate(state, ignored);
            synced.current = target;
          });
    };
    window.addEventListener("popstate", onPopState);
    const unsubscribe = useFilterStore.subscribe((s, prev) => {
      if (
        s.year === prev.year &&
        s.vs === prev.vs &&
        s.sectors === prev.sectors &&
        s.tables === prev.tables &&
        s.language === prev.language
      )
        return;
      const { path, search } = canonical(defaultYearRef.current);
      if (path !== window.location.pathname || search !== window.location.search) writeUrl(path, search, "push");
      synced.current = here();
    });
    return () => {
      cancelled = true;
      window.removeEventListener("popstate", onPopState);
      unsubscribe();
    };
  }, []);

  // Once the default year is known, a link naming it explicitly is rewritten without it.
  useEffect(() => {
    defaultYearRef.current = defaultYear;
    if (defaultYear === null) return;
    const { path, search } = canonical(defaultYear);
    if (path !== window.location.pathname || search !== window.location.search) writeUrl(path, search, "replace");
    synced.current = here();
  }, [defaultYear]);
}
