/**
 * The built SPA (dist/): every file is indexed and read once at start-up, so a request can only
 * ever get a file that was inside the directory then (path traversal has nothing to reach),
 * and serving is a map lookup. Unknown non-asset paths that accept HTML get index.html (SPA
 * fallback). /config.json is generated: the SPA served here runs in API mode against this server.
 */
import { LANGUAGES, type Language } from "../src/lib/messages/languages.ts";
import { decodeLanguage, languagePath } from "../src/lib/language-path.ts";
import { splitEmbedPath } from "../src/lib/embed-path.ts";
import { lstatSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Hono, type Context } from "hono";
import { contentType } from "../scripts/content-types.mjs";
import { API_PREFIX } from "../src/data-source/api-contract.ts";
import { robotsTxt, sitemapXml } from "../src/lib/crawler-files.ts";
import { cachedBody, type CachedBody } from "./cached-body.ts";
import type { PageRenderer } from "./prerendered-pages.ts";
import { embedSecurityHeaders } from "./security.ts";
import { CACHE_CONTROL, sendCached, sendText } from "./send-cached.ts";

const IMMUTABLE = CACHE_CONTROL.immutable;
const REVALIDATE = CACHE_CONTROL.revalidate;

const RUNTIME_CONFIG = { dataSource: "http", apiBaseUrl: API_PREFIX } as const;

/** URL path ("/assets/index-abc.js") → body. Skips dotfiles and symlinks (they could point outside). */
export function indexStaticDir(dir: string): Map<string, CachedBody> {
  const files = new Map<string, CachedBody>();
  const walk = (absolute: string, urlPath: string) => {
    for (const entry of readdirSync(absolute, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue;
      const file = path.join(absolute, entry.name);
      const url = `${urlPath}/${entry.name}`;
      if (entry.isDirectory()) walk(file, url);
      else if (entry.isFile() && !lstatSync(file).isSymbolicLink())
        // Vite puts content-hashed names under /assets/; everything else may change between deploys.
        files.set(
          url,
          cachedBody(readFileSync(file), contentType(file), url.startsWith("/assets/") ? IMMUTABLE : REVALIDATE),
        );
    }
  };
  walk(dir, "");
  return files;
}

function decodedPath(c: Context): string | null {
  try {
    const decoded = decodeURIComponent(c.req.path);
    // Never needed by the SPA; refuse outright rather than letting it fall back to index.html.
    return /(^|[/\\])\.\.([/\\]|$)|\\|\0/.test(decoded) ? null : decoded;
  } catch {
    return null;
  }
}

/** The origin the reader used: behind a proxy that ends TLS or rewrites the host, it is in the proxy's headers. */
function requestOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const proto = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim();
  const host = c.req.header("x-forwarded-host")?.split(",")[0]?.trim();
  return (proto === "http" || proto === "https" ? proto : url.protocol.slice(0, -1)) + "://" + (host || url.host);
}

/** requestOrigin as a URL parses it (a malformed forwarded host gives way to the request's own). */
function crawlerOrigin(c: Context): string {
  try {
    return new URL(requestOrigin(c)).origin;
  } catch {
    return new URL(c.req.url).origin;
  }
}

function acceptsHtml(c: Context): boolean {
  const accept = c.req.header("accept");
  return accept !== undefined && accept.includes("text/html");
}

const notFound = (text: string) => sendText(text, 404);

/**
 * `pages`: the server-rendered pages (prerendered-pages.ts). With them, "/" answers the view
 * the address asks for when it is prerendered and the client-rendered shell otherwise; the
 * build's own index.html (the bundled data's default view) is never sent, since the SPA here
 * reads this server's API.
 */
export function staticRoutes(
  files: ReadonlyMap<string, CachedBody>,
  pages: PageRenderer | null = null,
  embedOrigins: readonly string[] | null = null,
): Hono {
  const app = new Hono();
  const config = cachedBody(JSON.stringify(RUNTIME_CONFIG), "application/json; charset=utf-8", REVALIDATE);
  app.get("/config.json", (c) => sendCached(c, config));

  const index = files.get("/index.html");
  const notBuilt = () =>
    notFound("The dashboard is not built: run `npm run build`, or set STATIC_DIR to a built copy.");
  const page = (c: Context, prerendered: boolean, language: Language) => {
    if (pages === null) {
      const own = files.get(`${languagePath(language)}index.html`) ?? index;
      return own === undefined ? notBuilt() : sendCached(c, own);
    }
    const url = new URL(c.req.url);
    return sendCached(
      c,
      (prerendered ? pages.page(language, url.search, requestOrigin(c)) : null) ?? pages.shell(language),
    );
  };
  // A crawler's files, for the origin the request reached (the build cannot know it).
  if (index !== undefined) {
    app.get("/robots.txt", (c) =>
      sendCached(c, cachedBody(robotsTxt(crawlerOrigin(c)), "text/plain; charset=utf-8", REVALIDATE)),
    );
    app.get("/sitemap.xml", (c) =>
      sendCached(c, cachedBody(sitemapXml(crawlerOrigin(c)), "application/xml; charset=utf-8", REVALIDATE)),
    );
  }
  // The embed pages may be framed (EMBED_ORIGINS): the same bytes under their own headers, made on first request.
  const embedHeaders = embedSecurityHeaders(embedOrigins);
  const embedBodies = new Map<string, CachedBody>();
  const embedPage = (c: Context, route: { page: string; embed: string }) => {
    const language = decodeLanguage(route.page).language;
    // Each panel's page as built (dist/embed/trade/index.html); for an unknown panel, which the page
    // reports, the language's client-rendered page.
    const own = `${languagePath(language)}embed/${encodeURIComponent(route.embed)}/index.html`;
    const key = files.has(own) ? own : languagePath(language);
    let body = embedBodies.get(key);
    if (body === undefined) {
      const source =
        files.get(own) ?? pages?.shell(language) ?? files.get(`${languagePath(language)}index.html`) ?? index;
      if (source === undefined) return notBuilt();
      body = cachedBody(source.identity.body, "text/html; charset=utf-8", REVALIDATE, embedHeaders);
      embedBodies.set(key, body);
    }
    return sendCached(c, body);
  };
  /** "/", "/az/", "/ru/" (and their index.html): each language's page. */
  const languageOf = (urlPath: string): Language | null => {
    for (const language of LANGUAGES) {
      const root = languagePath(language);
      if (urlPath === root || urlPath === `${root}index.html`) return language;
    }
    return null;
  };
  app.get("*", (c) => {
    const urlPath = decodedPath(c);
    if (urlPath === null) return notFound("Not found");
    const language = languageOf(urlPath);
    if (language !== null) return page(c, true, language);
    const route = splitEmbedPath(urlPath);
    if (route.embed !== null && !urlPath.endsWith(".html"))
      return embedPage(c, { page: route.page, embed: route.embed });
    const file = files.get(urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath);
    if (file !== undefined) return sendCached(c, file);
    // Any other page address ("/az/x", "/xx/"): the shell of the language it names, or English; the client says what it ignored.
    if (!urlPath.startsWith("/assets/") && acceptsHtml(c)) return page(c, false, decodeLanguage(urlPath).language);
    return notFound("Not found");
  });
  app.all("*", () => sendText("Method not allowed", 405, { allow: "GET, HEAD" }));
  return app;
}
