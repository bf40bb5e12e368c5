import { afterEach, describe, expect, it } from "vitest";
import { parseThemeChoice, THEME_SCRIPT, THEME_STORAGE_KEY } from "./theme";

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute("data-theme");
});

/** Runs the <head> script as the browser would, on this document. */
const runThemeScript = () => {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the script is page source text; running it is the test
  const script = new Function(THEME_SCRIPT) as () => void;
  script();
};

describe("THEME_SCRIPT", () => {
  it.each(["light", "dark"])("pins a stored %s theme on <html>", (theme) => {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
    runThemeScript();
    expect(document.documentElement.getAttribute("data-theme")).toBe(theme);
  });

  it.each([null, "system", "blue", "<script>"])("leaves the system's scheme for %s", (stored) => {
    if (stored !== null) localStorage.setItem(THEME_STORAGE_KEY, stored);
    runThemeScript();
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });

  it("reads what parseThemeChoice reads", () => {
    expect(parseThemeChoice("dark")).toBe("dark");
    expect(parseThemeChoice("garbage")).toBe("system");
    expect(parseThemeChoice(null)).toBe("system");
  });
});
