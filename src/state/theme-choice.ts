import { useEffect, useSyncExternalStore } from "react";
import { createStore } from "zustand/vanilla";
import { parseThemeChoice, THEME_COLORS, THEME_STORAGE_KEY, type ThemeChoice } from "../lib/theme";

/**
 * The reader's colour theme (src/lib/theme.ts): its own small store, apart from the filter
 * store, so it can never reach the address, a copied link or a citation. Kept in
 * localStorage; a browser that refuses storage (private modes) still switches for the visit.
 */
function storedChoice(): ThemeChoice {
  try {
    return parseThemeChoice(globalThis.localStorage?.getItem(THEME_STORAGE_KEY));
  } catch {
    return "system";
  }
}

/** The page in that theme: <html data-theme> (the stylesheet's tokens follow) and the browser's bar. */
function applyTheme(choice: ThemeChoice): void {
  const html = document.documentElement;
  if (choice === "system") html.removeAttribute("data-theme");
  else html.setAttribute("data-theme", choice);
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="theme-color"]')) {
    const own = meta.media.includes("dark") ? THEME_COLORS.dark : THEME_COLORS.light;
    meta.content = choice === "system" ? own : THEME_COLORS[choice];
  }
}

const themeStore = createStore<{ choice: ThemeChoice }>()(() => ({ choice: storedChoice() }));

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused: the choice holds for this page only.
  }
  applyTheme(choice);
  themeStore.setState({ choice });
}

/**
 * The current choice. The server render (and so hydration) says "system", since the server
 * cannot know it; the client's stored choice follows right after hydration. A choice made in
 * another tab of this site follows too.
 */
export function useThemeChoice(): ThemeChoice {
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      const choice = storedChoice();
      applyTheme(choice);
      themeStore.setState({ choice });
    };
    window.addEventListener("storage", follow);
    return () => window.removeEventListener("storage", follow);
  }, []);
  return useSyncExternalStore(
    themeStore.subscribe,
    () => themeStore.getState().choice,
    () => "system",
  );
}
