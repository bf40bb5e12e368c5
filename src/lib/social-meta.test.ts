import { describe, expect, it } from "vitest";
import { absoluteSocialUrls, parseSiteOrigin, socialTags, withSocialTags, type SocialMeta } from "./social-meta";

const meta: SocialMeta = {
  title: "Azerbaijan–U.S. economic relations dashboard",
  description: 'Trade & "investment"',
  siteName: "Azerbaijan–U.S. economic relations",
  locale: "az_AZ",
  alternateLocales: ["en_US", "ru_RU"],
  url: "/az/",
  image: { url: "/az/preview.png", alt: "The lead <and> the chart" },
};

describe("parseSiteOrigin", () => {
  it("takes an http(s) origin, with or without the trailing slash; unset or blank is null", () => {
    expect(parseSiteOrigin("https://dashboard.example.org")).toBe("https://dashboard.example.org");
    expect(parseSiteOrigin(" https://Dashboard.Example.org:8443/ ")).toBe("https://dashboard.example.org:8443");
    expect(parseSiteOrigin(undefined)).toBeNull();
    expect(parseSiteOrigin("  ")).toBeNull();
  });

  it.each([
    ["dashboard.example.org", "is not a URL"],
    ["ftp://example.org", "is not an http(s) address"],
    ["https://user:pw@example.org", "carries credentials"],
    ["https://example.org/dashboard/", "has a path, query or fragment"],
    ["https://example.org/?a=1", "has a path, query or fragment"],
    ["https://example.org/#top", "has a path, query or fragment"],
  ])("refuses %s: it %s", (value, why) => {
    expect(() => parseSiteOrigin(value)).toThrow(`SITE_ORIGIN="${value}" ${why}`);
  });
});

describe("socialTags", () => {
  it("writes Open Graph and the large Twitter card, escaped, with the image's size and text alternative", () => {
    const tags = socialTags(meta);
    expect(tags).toContain('<meta property="og:locale" content="az_AZ" />');
    expect(tags).toContain('<meta property="og:locale:alternate" content="ru_RU" />');
    expect(tags).toContain('<meta property="og:description" content="Trade &amp; &quot;investment&quot;" />');
    expect(tags).toContain('<meta property="og:image" content="/az/preview.png" />');
    expect(tags).toContain('<meta property="og:image:width" content="1200" />');
    expect(tags).toContain('<meta property="og:image:height" content="630" />');
    expect(tags).toContain('<meta property="og:image:alt" content="The lead &lt;and&gt; the chart" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(tags).toContain('<meta name="twitter:image" content="/az/preview.png" />');
  });

  it("without an image: the small card, and no image tags", () => {
    const tags = socialTags({ ...meta, image: null });
    expect(tags).toContain('<meta name="twitter:card" content="summary" />');
    expect(tags).not.toMatch(/og:image|twitter:image/);
  });

  it("goes at the end of <head>, replacing tags a page had", () => {
    const page = withSocialTags("<html><head><title>t</title></head><body></body></html>", meta);
    const again = withSocialTags(page, { ...meta, image: null });
    expect(again.match(/og:title/g)).toHaveLength(1);
    expect(again).not.toContain("og:image");
    expect(again).toMatch(/<meta name="twitter:description" content="[^"]*" \/><\/head>/);
  });
});

describe("absoluteSocialUrls", () => {
  it("makes the page's and the image's root-relative addresses absolute, and leaves the rest", () => {
    const page = withSocialTags("<head></head>", meta) + '<a href="/az/">x</a>';
    const absolute = absoluteSocialUrls(page, "https://example.org");
    expect(absolute).toContain('<meta property="og:url" content="https://example.org/az/" />');
    expect(absolute).toContain('<meta property="og:image" content="https://example.org/az/preview.png" />');
    expect(absolute).toContain('<meta name="twitter:image" content="https://example.org/az/preview.png" />');
    expect(absolute).toContain('<a href="/az/">');
    // Already absolute (SITE_ORIGIN): unchanged.
    expect(absoluteSocialUrls(absolute, "https://other.example")).toBe(absolute);
  });
});
