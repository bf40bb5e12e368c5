/**
 * The colour theme: "system" follows `prefers-color-scheme` (the stylesheet does, through
 * `color-scheme: light dark`, with no script); "light" or "dark" pins it, as `<html
 * data-theme>`. The choice is kept on this device (localStorage) only: never in the address,
 * the store or a copied link, so a shared link opens in the reader's own theme.
 *
 * THEME_SCRIPT runs first in <head> (vite.config.ts puts it there), before the stylesheet
 * applies, so a pinned theme is in place for the first paint. It is constant, so a
 * Content-Security-Policy allows it by hash (server/security.ts computes it from this source).
 */
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

export const THEME_STORAGE_KEY = "az-us-theme";

/** What a stored value means: anything but "light" or "dark" (absent, garbage) is "system". */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system";
}

export const THEME_SCRIPT =
  `(function(){try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");` +
  `if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}})()`;

/** The browser's own bar and frame, per theme (the page's background in each). */
export const THEME_COLORS = { light: "#f8fafc", dark: "#020617" } as const;
