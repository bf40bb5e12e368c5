/**
 * Keeps the filter store and the address bar in step: the URL is read once on start
 * and on Back/Forward; every later change of year or sectors pushes one history entry.
 */
import { useEffect, useRef } from "react";
import { decode, encode, type YearBounds } from "./url-codec";
import { useFilterStore } from "./filter-store";

export function yearBounds(now = new Date()): YearBounds {
  return { min: 1991, max: now.getFullYear() };
}

function writeUrl(search: string, mode: "push" | "replace"): void {
  const url = `${window.location.pathname}${search}${window.location.hash}`;
  if (mode === "push") window.history.pushState(window.history.state, "", url);
  else window.history.replaceState(window.history.state, "", url);
}

/** `defaultYear` is null until the trade data says which year is the latest full one. */
export function useUrlSync(defaultYear: number | null): void {
  const defaultYearRef = useRef(defaultYear);

  useEffect(() => {
    const readUrl = () => {
      const { state, ignored } = decode(window.location.search, yearBounds());
      // Make the address canonical before the store changes, so the subscriber below
      // sees the URL already matching and pushes nothing for this hydration.
      const canonical = encode(state, defaultYearRef.current);
      if (canonical !== window.location.search) writeUrl(canonical, "replace");
      useFilterStore.getState().hydrate(state, ignored);
    };
    readUrl();
    window.addEventListener("popstate", readUrl);
    const unsubscribe = useFilterStore.subscribe((s, prev) => {
      if (s.year === prev.year && s.sectors === prev.sectors) return;
      const next = encode(s, defaultYearRef.current);
      if (next !== window.location.search) writeUrl(next, "push");
    });
    return () => {
      window.removeEventListener("popstate", readUrl);
      unsubscribe();
    };
  }, []);

  // Once the default year is known, a link naming it explicitly is rewritten without it.
  useEffect(() => {
    defaultYearRef.current = defaultYear;
    if (defaultYear === null) return;
    const canonical = encode(useFilterStore.getState(), defaultYear);
    if (canonical !== window.location.search) writeUrl(canonical, "replace");
  }, [defaultYear]);
}
