import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "./crawler-files";

describe("robotsTxt", () => {
  it("allows everything, and names the sitemap when the origin is known", () => {
    expect(robotsTxt("https://example.org")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
    );
    expect(robotsTxt(null)).toBe("User-agent: *\nAllow: /\n");
  });
});

describe("sitemapXml", () => {
  it("lists each language's page with every language as an hreflang alternate", () => {
    const xml = sitemapXml("https://example.org");
    expect(xml.match(/<loc>[^<]*<\/loc>/g)).toEqual([
      "<loc>https://example.org/</loc>",
      "<loc>https://example.org/az/</loc>",
      "<loc>https://example.org/ru/</loc>",
    ]);
    const first = xml.slice(xml.indexOf("<url>"), xml.indexOf("</url>"));
    expect(first).toContain('<xhtml:link rel="alternate" hreflang="az" href="https://example.org/az/"/>');
    expect(first).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/"/>');
    expect(xml.match(/<xhtml:link/g)).toHaveLength(12);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });
});
