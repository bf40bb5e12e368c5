/**
 * Builds one standalone SVG from a panel's serialised chart(s), laid out the way a newsroom
 * publishes a chart: a white background, the title (Azerbaijan–U.S. and the measure), the
 * active filters in words, the units, the charts stacked with their legends, then the
 * sources and a byline with the page address and access date, every line wrapped to the
 * image's width and drawn as text so it travels with the image. Pure string work.
 */
export interface ChartSnapshot {
  /** A complete `<svg …>…</svg>` element with its styles inlined (see serialize-chart.ts). */
  markup: string;
  width: number;
  height: number;
  /** The chart's legend as shown next to it: swatch markup (an <svg>) and label. */
  legend: { swatch: string; label: string }[];
}

export interface ComposeInput {
  /** Names Azerbaijan–U.S. and the measure: "Azerbaijan–U.S. trade turnover, USD million". */
  title: string;
  /** Every active filter in words: "year 2024, sectors: energy, finance". */
  subtitle: string;
  /** What the values are counted in: "Values in USD million, as the sources state them." */
  units: string;
  charts: readonly ChartSnapshot[];
  /** Definitions the charts or legend swatches refer to (hatch patterns) that are not inside them. */
  defs?: string;
  sourceLine: string;
  /** The page address and the access date. */
  byline: string;
}

const PAD = 16;
/** One font stack for every text in an export, ending in a generic family any renderer has. */
export const FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const SMALL = 12;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Breaks text into lines of at most `max` characters, at spaces where possible. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    let rest = word;
    while (rest.length > max) {
      if (line !== "") {
        lines.push(line);
        line = "";
      }
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    if (line === "") line = rest;
    else if (line.length + 1 + rest.length <= max) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}

function textLines(lines: readonly string[], x: number, y: number, size: number, fill: string, weight = 400): string {
  return lines
    .map(
      (l, i) =>
        `<text x="${x}" y="${y + i * (size + 4)}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(l)}</text>`,
    )
    .join("");
}

/** Puts a standalone <svg> at (x, y) by giving the root element position attributes. */
function placeSvg(markup: string, x: number, y: number): string {
  return markup.replace(/^<svg\b/, `<svg x="${x}" y="${y}"`);
}

function legendRow(legend: ChartSnapshot["legend"], y: number, width: number): { markup: string; height: number } {
  if (legend.length === 0) return { markup: "", height: 0 };
  let x = PAD;
  let row = 0;
  const parts: string[] = [];
  for (const item of legend) {
    const itemWidth = 20 + item.label.length * 6.6 + 16;
    if (x + itemWidth > width - PAD && x > PAD) {
      x = PAD;
      row += 1;
    }
    const top = y + row * 18;
    parts.push(placeSvg(item.swatch, x, top));
    parts.push(
      `<text x="${x + 18}" y="${top + 11}" font-family="${FONT}" font-size="${SMALL}" fill="#334155">${escapeXml(item.label)}</text>`,
    );
    x += itemWidth;
  }
  return { markup: parts.join(""), height: (row + 1) * 18 + 4 };
}

/** About how many characters of a `size`-px line fit in `width` px (a generous average glyph width). */
function charsPerLine(width: number, size: number, bold = false): number {
  return Math.max(20, Math.floor(width / (size * (bold ? 0.62 : 0.56))));
}

export function composeSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const width = Math.max(360, Math.ceil(Math.max(0, ...input.charts.map((c) => c.width)) + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  /** A wrapped paragraph; `y` moves below it. */
  const paragraph = (text: string, size: number, fill: string, weight = 400, after = 4) => {
    const lines = wrapText(text, charsPerLine(inner, size, weight >= 600));
    parts.push(textLines(lines, PAD, y + size, size, fill, weight));
    y += lines.length * (size + 4) + after;
  };
  paragraph(input.title, 18, "#0f172a", 700, 4);
  paragraph(input.subtitle, 13, "#334155", 400, 2);
  paragraph(input.units, SMALL, "#475569", 400, 10);
  for (const chart of input.charts) {
    parts.push(placeSvg(chart.markup, PAD, y));
    y += Math.ceil(chart.height) + 6;
    const legend = legendRow(chart.legend, y, width);
    parts.push(legend.markup);
    y += legend.height + 8;
  }
  paragraph(input.sourceLine, SMALL, "#334155", 400, 4);
  paragraph(input.byline, SMALL, "#1e3a8a", 400, 0);
  const height = Math.ceil(y + PAD);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(input.title)}</title>` +
    (input.defs ? `<defs>${input.defs}</defs>` : "") +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
