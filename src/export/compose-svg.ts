/**
 * Builds one standalone SVG from a panel's serialised chart(s): a white background, the
 * title, the filters in words, the charts stacked with their legends, then the source line
 * and the page link, drawn as text so they travel with the image. Pure string work.
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
  title: string;
  subtitle: string;
  charts: readonly ChartSnapshot[];
  sourceLine: string;
  link: string;
}

const PAD = 16;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const LINE = 16;
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

export function composeSvg(input: ComposeInput): { svg: string; width: number; height: number } {
  const width = Math.max(360, Math.ceil(Math.max(0, ...input.charts.map((c) => c.width)) + 2 * PAD));
  const maxChars = Math.max(30, Math.floor((width - 2 * PAD) / 6.6));
  const parts: string[] = [];
  let y = PAD + 18;
  parts.push(textLines([input.title], PAD, y, 18, "#0f172a", 700));
  y += 8;
  const subtitle = wrapText(input.subtitle, maxChars);
  parts.push(textLines(subtitle, PAD, y + 14, 13, "#334155"));
  y += subtitle.length * 17 + 12;
  for (const chart of input.charts) {
    parts.push(placeSvg(chart.markup, PAD, y));
    y += Math.ceil(chart.height) + 6;
    const legend = legendRow(chart.legend, y, width);
    parts.push(legend.markup);
    y += legend.height + 8;
  }
  const source = wrapText(input.sourceLine, maxChars);
  parts.push(textLines(source, PAD, y + SMALL, SMALL, "#334155"));
  y += source.length * LINE + 4;
  const link = wrapText(input.link, maxChars);
  parts.push(textLines(link, PAD, y + SMALL, SMALL, "#1e3a8a"));
  y += link.length * LINE + PAD;
  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title>${escapeXml(input.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}
