/**
 * robots.txt and sitemap.xml (pure). A sitemap's addresses must be absolute, so without an
 * origin there is none, and robots.txt names none: the static build writes both when it is given
 * SITE_ORIGIN; the reference server writes them for the origin each request reached.
 */
import { languagePath } from "./language-path.ts";
import { DEFAULT_LANGUAGE, LANGUAGES } from "./messages/languages.ts";
import { siteUrl } from "./social-meta.ts";

/** Every crawler may read everything; the sitemap is named when its address is known. */
export function robotsTxt(origin: string | null): string {
  const lines = ["User-agent: *", "Allow: /"];
  if (origin !== null) lines.push("", `Sitemap: ${siteUrl(origin, "/sitemap.xml")}`);
  return `${lines.join("\n")}\n`;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Each language's page ("/", "/az/", "/ru/" under `base`), with every language as an
 * `xhtml:link` alternate (the default also as x-default), as Google reads hreflang from sitemaps.
 */
export function sitemapXml(origin: string, base = "/"): string {
  const pages = LANGUAGES.map((l) => ({ path: languagePath(l, base), language: l, isDefault: l === DEFAULT_LANGUAGE }));
  const link = (hreflang: string, path: string) =>
    `    <xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(siteUrl(origin, path))}"/>`;
  const alternates = pages.flatMap((p) =>
    p.isDefault ? [link(p.language, p.path), link("x-default", p.path)] : [link(p.language, p.path)],
  );
  const urls = pages.map((p) =>
    ["  <url>", `    <loc>${escapeXml(siteUrl(origin, p.path))}</loc>`, ...alternates, "  </url>"].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    "</urlset>",
    "",
  ].join("\n");
}
