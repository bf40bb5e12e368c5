/**
 * DOM side of the image export: copies a live chart <svg> with the computed styles that
 * matter inlined (the app's CSS classes do not travel with a standalone file), plus the
 * HTML legend that sits next to it ([data-legend]).
 */
import type { ChartSnapshot } from "./compose-svg";

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

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  const style = STYLE_PROPS.map((p) => [p, computed.getPropertyValue(p)] as const)
    .filter(([, v]) => v !== "" && v !== "normal" && v !== "auto")
    .map(([p, v]) => `${p}:${v}`)
    .join(";");
  if (style !== "") target.setAttribute("style", style);
  target.removeAttribute("class");
  const sourceChildren = source.children;
  const targetChildren = target.children;
  for (let i = 0; i < sourceChildren.length; i += 1) {
    const s = sourceChildren[i];
    const t = targetChildren[i];
    if (s && t) inlineStyles(s, t);
  }
}

function serializeSvg(svg: SVGSVGElement): { markup: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error("chart is not an <svg>");
  inlineStyles(svg, clone);
  clone.setAttribute("xmlns", SVG_NS);
  clone.setAttribute("width", String(Math.round(box.width)));
  clone.setAttribute("height", String(Math.round(box.height)));
  if (!clone.hasAttribute("viewBox")) clone.setAttribute("viewBox", `0 0 ${box.width} ${box.height}`);
  clone.removeAttribute("role");
  clone.removeAttribute("tabindex");
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

/** Every drawn chart, in the order given; empty when none is drawn. */
export function snapshotCharts(charts: readonly ChartHandle[]): ChartSnapshot[] {
  return charts.flatMap((handle) => {
    // The chart's own <svg> is the first one in its slot (its tooltip is HTML).
    const svg = handle.chart.getElementsByTagName("svg")[0];
    if (!(svg instanceof SVGSVGElement) || svg.getBoundingClientRect().width === 0) return [];
    return [{ ...serializeSvg(svg), legend: legendOf(handle.legend) }];
  });
}
