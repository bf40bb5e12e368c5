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

describe("composeSvg", () => {
  const { svg, width, height } = composeSvg({
    title: "Trade turnover",
    subtitle: "year 2024",
    charts: [chart],
    sourceLine: "Sources: Today.az (undated); AzerNews & Trend <web>",
    link: "https://example.org/?year=2024&table=trade",
  });

  it("is a standalone SVG with a white background, sized to hold the chart and the text", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(width).toBe(432);
    expect(height).toBeGreaterThan(300 + 60);
    expect(svg).toContain(`viewBox="0 0 ${width} ${height}"`);
  });

  it("draws the title, filters, legend, source line and link as escaped text", () => {
    expect(svg).toContain(">Trade turnover</text>");
    expect(svg).toContain(">year 2024</text>");
    expect(svg).toContain(">Imports</text>");
    expect(svg).toContain("AzerNews &amp; Trend &lt;web&gt;");
    expect(svg).toContain(">https://example.org/?year=2024&amp;table=trade</text>");
  });

  it("places each chart below the header", () => {
    expect(svg).toMatch(/<svg x="16" y="\d+" xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="400" height="300">/);
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
