/**
 * Keeps the filter store and the address bar in step: the URL is read once before the
 * first render (so a deep link never paints the default view first) and again on
 * Back/Forward; every later change of year, sectors or a panel's chart/table view pushes one
 * history entry.
 */
import { useEffect, useRef } from "react";
import { decode, encode, type YearBounds } from "./url-codec";
import { useFilterStore } from "./filter-store";

function yearBounds(now = new Date()): YearBounds {
  return { min: 1991, max: now.getFullYear() };
}

function writeUrl(search: string, mode: "push" | "replace"): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/**
 * Reads the current URL into the store, with a notice for the parts it ignored, and
 * rewrites the address in canonical form. Called once before the first render and on
 * Back/Forward. Returns the query string the store now matches.
 */
export function hydrateFromUrl(defaultYear: number | null = null): string {
  const { state, ignored } = decode(window.location.search, yearBounds());
  // Canonicalise the address before the store changes, so the store subscriber sees the
  // URL already matching and pushes nothing for this hydration.
  const canonical = encode(state, defaultYear);
  if (canonical !== window.location.search) writeUrl(canonical, "replace");
  useFilterStore.getState().hydrate(state, ignored);
  return window.location.search;
}

/** `defaultYear` is null until the trade data says which year is the latest full one. */
export function useUrlSync(defaultYear: number | null): void {
  const defaultYearRef = useRef(defaultYear);
  /** The query string the store was last synced with; a popstate with the same one (a #fragment jump) changes nothing. */
  const synced = useRef<string | null>(null);

  useEffect(() => {
    // main.tsx hydrated before the first render: the store already says what the URL says, and its
    // notice of ignored parts must survive. (The ref also survives StrictMode's second effect run.)
    if (synced.current === null) {
      const inStep = encode(useFilterStore.getState(), defaultYearRef.current) === window.location.search;
      synced.current = inStep ? window.location.search : hydrateFromUrl(defaultYearRef.current);
    }
    const onPopState = () => {
      if (window.location.search !== synced.current) synced.current = hydrateFromUrl(defaultYearRef.current);
    };
    window.addEventListener("popstate", onPopState);
    const unsubscribe = useFilterStore.subscribe((s, prev) => {
      if (s.year === prev.year && s.sectors === prev.sectors && s.tables === prev.tables) return;
      const next = encode(s, defaultYearRef.current);
      if (next !== window.location.search) writeUrl(next, "push");
      synced.current = window.location.search;
    });
    return () => {
      window.removeEventListener("popstate", onPopState);
      unsubscribe();
    };
  }, []);

  // Once the default year is known, a link naming it explicitly is rewritten without it.
  useEffect(() => {
    defaultYearRef.current = defaultYear;
    if (defaultYear === null) return;
    const canonical = encode(useFilterStore.getState(), defaultYear);
    if (canonical !== window.location.search) writeUrl(canonical, "replace");
    synced.current = window.location.search;
  }, [defaultYear]);
}
