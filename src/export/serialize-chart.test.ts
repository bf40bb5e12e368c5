import { afterEach, describe, expect, it, vi } from "vitest";
import { COLORS } from "../lib/colors";
import { snapshotCharts } from "./serialize-chart";

const LIGHT = "rgb(0, 114, 178)";
const DARK = "rgb(86, 180, 233)";

/** jsdom has no cascade for SVG: computed colours here follow the theme pinned on <html>, as a browser's would. */
function fakeComputedStyles(seen: (string | null)[]) {
  vi.spyOn(window, "getComputedStyle").mockImplementation(() => {
    const theme = document.documentElement.getAttribute("data-theme");
    seen.push(theme);
    const color = theme === "dark" ? DARK : LIGHT;
    return {
      getPropertyValue: (p: string) => (p === "fill" || p === "stroke" ? color : ""),
    } as unknown as CSSStyleDeclaration;
  });
  vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue(new DOMRect(0, 0, 300, 150));
}

function chartSlot(): HTMLElement {
  const slot = document.createElement("div");
  slot.innerHTML =
    `<svg viewBox="0 0 300 150"><rect class="bar" width="10" height="20" fill="${COLORS.imports}"/>` +
    `<line stroke="${COLORS.grid}" x1="0" x2="300"/></svg>`;
  document.body.append(slot);
  return slot;
}

afterEach(() => {
  document.body.innerHTML = "";
  document.documentElement.removeAttribute("data-theme");
});

describe("snapshotCharts", () => {
  it("reads the chart in the light theme when the page is dark, and puts the dark theme back", () => {
    document.documentElement.setAttribute("data-theme", "dark");
    const seen: (string | null)[] = [];
    fakeComputedStyles(seen);
    const { charts } = snapshotCharts([{ chart: chartSlot(), legend: null }]);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["light"]));
    expect(document.documentElement.getAttribute("data-theme")).toBe("dark");
    const markup = charts[0]?.markup ?? "";
    expect(markup).toContain(`fill="${LIGHT}"`);
    expect(markup).not.toContain(DARK);
    expect(markup).not.toContain("var(");
  });

  it("leaves a page that follows the system without a pinned theme afterwards", () => {
    fakeComputedStyles([]);
    snapshotCharts([{ chart: chartSlot(), legend: null }]);
    expect(document.documentElement.hasAttribute("data-theme")).toBe(false);
  });
});
