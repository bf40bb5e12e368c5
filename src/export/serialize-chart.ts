/**
 * DOM side of the image export: copies a live chart <svg> with the computed styles that
 * matter inlined (the app's CSS classes do not travel with a standalone file), plus the
 * HTML legend that sits next to it ([data-legend]). The copy holds no hover state (tooltip
 * cursor, active dot), one font stack, and every definition it refers to (hatch patterns):
 * it draws the same in any SVG renderer, with nothing from the page. Downloads are always in
 * the light theme, whatever the page shows: the styles are read with the light theme pinned
 * (the charts' colours are theme tokens, src/lib/colors.ts), and no `var()` is left in the file.
 */
import { FONT, type ChartSnapshot } from "./compose-svg";

const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
  "display",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";

/** What a pointer or keyboard focus over the chart adds: never part of an export. */
const HOVER_SELECTOR = [
  ".recharts-tooltip-cursor",
  ".recharts-active-dot",
  ".recharts-active-shape",
  ".recharts-active-bar",
  ".recharts-tooltip-wrapper",
].join(",");

/** `url("http://page/?year=2024#hatch")` (as getComputedStyle may give it) → `url(#hatch)`. */
function localUrls(value: string): string {
  return value.replace(/url\(\s*["']?[^"')#]*#([^"')]+)["']?\s*\)/g, "url(#$1)");
}

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== "" && v !== "normal" && v !== "auto")
    .map(([p, v]) => (p === "font-family" ? `${p}:${FONT}` : `${p}:${localUrls(v)}`))
    .join(";");
  if (style !== "") target.setAttribute("style", style);
  for (const name of ["fill", "stroke", "clip-path", "mask", "filter"]) {
    const value = target.getAttribute(name);
    if (value?.includes("var(")) target.setAttribute(name, localUrls(computed.getPropertyValue(name)));
    else if (value?.includes("url(")) target.setAttribute(name, localUrls(value));
  }
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

/** Removes hover marks, then the class names (the styles are inline now) and page-only attributes. */
function cleanClone(clone: Element): void {
  for (const hover of [...clone.querySelectorAll(HOVER_SELECTOR)]) hover.remove();
  for (const el of [clone, ...clone.querySelectorAll("*")]) {
    el.removeAttribute("class");
    el.removeAttribute("tabindex");
    el.removeAttribute("role");
    el.removeAttribute("aria-label");
    el.removeAttribute("aria-hidden");
    el.removeAttribute("focusable");
  }
}

function serializeSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("chart is not an <svg>");
  inlineStyles(svg, clone);
  cleanClone(clone);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(Math.round(box.width)));
  clone.setAttribute("height", String(Math.round(box.height)));
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
  return { markup: new XMLSerializer().serializeToString(clone), width: box.width, height: box.height };
}

/** A drawn chart: the slot holding its <svg> and its HTML legend (the panel's registered charts). */
export interface ChartHandle {
  chart: HTMLElement;
  legend: HTMLElement | null;
}

function legendOf(legend: HTMLElement | null): ChartSnapshot["legend"] {
  if (!legend) return [];
  return [...legend.getElementsByTagName("li")].flatMap((li) => {
    const swatch = li.getElementsByTagName("svg")[0];
    if (!(swatch instanceof SVGSVGElement)) return [];
    return [{ swatch: serializeSvg(swatch).markup, label: (li.textContent ?? "").trim() }];
  });
}

/** Ids the markup refers to (`url(#id)`, `href="#id"`) and ids it defines. */
function references(markup: string): { used: Set<string>; defined: Set<string> } {
  const used = new Set<string>();
  for (const m of markup.matchAll(/url\(#([^)"'\s]+)\)|href="#([^"]+)"/g)) used.add(m[1] ?? m[2] ?? "");
  used.delete("");
  const defined = new Set([...markup.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ""));
  return { used, defined };
}

/**
 * Copies of the page elements (patterns, gradients, markers) that the markup refers to but
 * does not hold, with their own references followed, so the file needs nothing from the page.
 */
function missingDefs(markups: readonly string[]): string {
  const { used, defined } = references(markups.join(""));
  const copies: string[] = [];
  const queue = [...used].filter((id) => !defined.has(id));
  while (queue.length > 0) {
    const id = queue.shift() ?? "";
    if (defined.has(id)) continue;
    defined.add(id);
    const original = document.getElementById(id);
    if (!(original instanceof SVGElement)) continue;
    const copy = original.cloneNode(true);
    if (!(copy instanceof Element)) continue;
    inlineStyles(original, copy);
    cleanClone(copy);
    copy.setAttribute("id", id);
    const markup = new XMLSerializer().serializeToString(copy).replace(/\sxmlns="[^"]*"/, "");
    copies.push(markup);
    for (const next of references(markup).used) if (!defined.has(next)) queue.push(next);
  }
  return copies.join("");
}

/**
 * Runs `read` with the page in the light theme, and puts the reader's theme back before anything
 * is painted (all of it in one task: the reader never sees the switch).
 */
function inLightTheme<T>(read: () => T): T {
  const html = document.documentElement;
  const theme = html.getAttribute("data-theme");
  html.setAttribute("data-theme", "light");
  try {
    return read();
  } finally {
    if (theme === null) html.removeAttribute("data-theme");
    else html.setAttribute("data-theme", theme);
  }
}

/** Every drawn chart, in the order given (empty when none is drawn), and the definitions they need. */
export function snapshotCharts(charts: readonly ChartHandle[]): { charts: ChartSnapshot[]; defs: string } {
  return inLightTheme(() => snapshotChartsNow(charts));
}

function snapshotChartsNow(charts: readonly ChartHandle[]): { charts: ChartSnapshot[]; defs: string } {
  const snapshots = charts.flatMap((handle) => {
    // The chart's own <svg> is the first one in its slot (its tooltip is HTML).
    const svg = handle.chart.getElementsByTagName("svg")[0];
    if (!(svg instanceof SVGSVGElement) || svg.getBoundingClientRect().width === 0) return [];
    return [{ ...serializeSvg(svg), legend: legendOf(handle.legend) }];
  });
  const defs = missingDefs(snapshots.flatMap((c) => [c.markup, ...c.legend.map((l) => l.swatch)]));
  return { charts: snapshots, defs };
}
