/**
 * What a link preview (Open Graph, Twitter cards) and a crawler read from a page (pure: no DOM,
 * no Node). The static build does not know the host it will be served from, so absolute
 * addresses come from SITE_ORIGIN when the build is given one; otherwise the page's own
 * addresses are written root-relative ("/az/preview.png") and the reference server, which
 * knows the origin each request reached, makes them absolute (absoluteSocialUrls).
 */

/** The preview image's size: the 1.91:1 "large image" card that Open Graph and X/Twitter share. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

/** Each language's preview image, beside its page ("/preview.png", "/az/preview.png"). */
export const PREVIEW_FILE = "preview.png";

/**
 * SITE_ORIGIN as the build reads it: an http(s) origin ("https://dashboard.example.org"), with
 * no path, query, fragment or credentials. Unset or empty: null. Anything else throws, saying
 * what is wrong, so a typo never ships pages whose previews point nowhere.
 */
export function parseSiteOrigin(value: string | undefined): string | null {
  const text = value?.trim() ?? "";
  if (text === "") return null;
  const problem = (why: string) =>
    new Error(`SITE_ORIGIN="${text}" ${why}; expected an origin such as https://dashboard.example.org`);
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw problem("is not a URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw problem("is not an http(s) address");
  if (url.username !== "" || url.password !== "") throw problem("carries credentials");
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || /[?#]/.test(text))
    throw problem("has a path, query or fragment (the pages are served from the origin's root)");
  return url.origin;
}

/** `path` ("/az/") at `origin`, or root-relative when the origin is not known. */
export function siteUrl(origin: string | null, path: string): string {
  return origin === null ? path : `${origin}${path}`;
}

export interface SocialMeta {
  title: string;
  description: string;
  siteName: string;
  /** Open Graph's locale form: "en_US", "az_AZ". */
  locale: string;
  alternateLocales: readonly string[];
  /** The page's address (absolute, or root-relative: see above). */
  url: string;
  /** Null when the build made none (no Chromium, PRERENDER=0): the card is then the small one, text only. */
  image: { url: string; alt: string } | null;
}

const escapeAttr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The Open Graph and Twitter card tags of one page. */
export function socialTags(meta: SocialMeta): string {
  const property = (name: string, content: string) => `<meta property="${name}" content="${escapeAttr(content)}" />`;
  const named = (name: string, content: string) => `<meta name="${name}" content="${escapeAttr(content)}" />`;
  const tags = [
    property("og:type", "website"),
    property("og:site_name", meta.siteName),
    property("og:title", meta.title),
    property("og:description", meta.description),
    property("og:url", meta.url),
    property("og:locale", meta.locale),
    ...meta.alternateLocales.map((locale) => property("og:locale:alternate", locale)),
  ];
  if (meta.image)
    tags.push(
      property("og:image", meta.image.url),
      property("og:image:type", "image/png"),
      property("og:image:width", String(PREVIEW_SIZE.width)),
      property("og:image:height", String(PREVIEW_SIZE.height)),
      property("og:image:alt", meta.image.alt),
    );
  tags.push(
    named("twitter:card", meta.image ? "summary_large_image" : "summary"),
    named("twitter:title", meta.title),
    named("twitter:description", meta.description),
  );
  if (meta.image) tags.push(named("twitter:image", meta.image.url), named("twitter:image:alt", meta.image.alt));
  return tags.join("");
}

/** The page with its social tags at the end of <head> (a page that has some already gets them replaced). */
export function withSocialTags(page: string, meta: SocialMeta): string {
  if (!page.includes("</head>")) throw new Error("the page has no </head> for its social tags");
  return page
    .replace(/<meta (?:property="og:[^"]*"|name="twitter:[^"]*") content="[^"]*" \/>/g, "")
    .replace("</head>", () => `${socialTags(meta)}</head>`);
}

const RELATIVE_SOCIAL_URL = /(<meta (?:property="og:(?:url|image)"|name="twitter:image") content=")(\/(?!\/)[^"]*")/g;

/** The page's root-relative social addresses made absolute at `origin` (the reference server's pages). */
export function absoluteSocialUrls(page: string, origin: string): string {
  return page.replace(RELATIVE_SOCIAL_URL, (_, head: string, rest: string) => `${head}${escapeAttr(origin)}${rest}`);
}
