import { describe, expect, it } from "vitest";
import { composeSvg, escapeXml, wrapText } from "./compose-svg";

const chart = {
  markup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="10" height="10"/></svg>',
  width: 400,
  height: 300,
  legend: [
    { swatch: '<svg width="14" height="14"><rect width="10" height="10" fill="#0072B2"/></svg>', label: "Imports" },
  ],
};

const LONG_LINK = "https://example.org/dashboard/?year=2024&sector=energy~finance~digital~industry&table=trade~fdi";

function texts(svg: string): string[] {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  return [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");
}

describe("composeSvg", () => {
  const input = {
    title: "Azerbaijan–U.S. trade turnover, USD million",
    subtitle: "year 2024, sectors: energy (not applied to this chart)",
    units: "Values in USD million.",
    charts: [chart],
    sourceLine: "Sources: Today.az (undated); AzerNews & Trend <web>",
    byline: `Azerbaijan–U.S. economic relations dashboard: ${LONG_LINK} — Accessed Mar 12, 2026.`,
  };
  const { svg, width, height } = composeSvg(input);

  it("is a standalone SVG with a white background, sized to hold the chart and the text", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(300 + 100);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain("<title>Azerbaijan–U.S. trade turnover, USD million</title>");
  });

  it("draws title, subtitle, units, legend, sources and byline as escaped text, in that order", () => {
    const lines = texts(svg);
    const at = (text: string) => lines.findIndex((l) => l.includes(text));
    const order = [
      at("Azerbaijan–U.S. trade turnover"),
      at("year 2024, sectors: energy"),
      at("Values in USD million."),
      at("Imports"),
      at("Sources: Today.az"),
      at("2026."),
    ];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(svg).toContain("AzerNews &amp; Trend &lt;web&gt;");
  });

  it("wraps every paragraph to the image's width: no text line is wider than the image", () => {
    const lines = texts(svg);
    // 12 px text: at most (432 − 2·16) / (12 · 0.56) ≈ 59 characters per line.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
    const byline = lines.slice(lines.findIndex((l) => l.startsWith("Azerbaijan–U.S. economic relations dashboard")));
    expect(byline.length).toBeGreaterThan(1);
    expect(byline.join("")).toContain(LONG_LINK);
    expect(byline.join(" ")).toMatch(/— Accessed Mar 12, 2026\.$/);
  });

  it("wraps a long title and subtitle onto more lines, and the image grows to hold them", () => {
    const long = composeSvg({
      ...input,
      title: "Azerbaijan–U.S. business: U.S. companies present in Azerbaijan, companies",
      subtitle:
        "year 2024 (not applied to this chart), sectors: energy, finance, digital, industry, agriculture, transport",
    });
    const lines = texts(long.svg);
    expect(lines.filter((l) => /Azerbaijan–U\.S\. business|companies$/.test(l)).length).toBeGreaterThan(1);
    expect(long.height).toBeGreaterThan(height);
  });

  it("places each chart below the header, and carries the definitions it is given", () => {
    expect(svg).toMatch(/<svg x="16" y="\d+" xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="400" height="300">/);
    expect(svg).not.toContain("<defs>");
    const withDefs = composeSvg({ ...input, defs: '<pattern id="hatch-imports" width="6" height="6"/>' });
    expect(withDefs.svg).toContain('<defs><pattern id="hatch-imports" width="6" height="6"/></defs>');
  });

  it("parses as XML", () => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  });
});

describe("text helpers", () => {
  it("escapes XML", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  });

  it("wraps at spaces and breaks words longer than a line", () => {
    expect(wrapText("one two three four", 9)).toEqual(["one two", "three", "four"]);
    expect(wrapText("https://example.org/a-very-long-path", 12)).toEqual([
      "https://exam",
      "ple.org/a-ve",
      "ry-long-path",
    ]);
  });
});
