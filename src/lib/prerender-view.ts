/**
 * The contract between a prerendered page and the client that hydrates it (pure: no DOM, no
 * React). The page carries a descriptor in `<script type="application/json" id="prerender-view">`
 * saying which view it holds; three small inline scripts run before the first paint: BOOT_SCRIPT
 * (in <head>) marks <html data-prerender="view"> when the address asks for exactly that view (a
 * well-formed `data=` version pin aside: it changes no figure on screen, and its notice appears
 * after hydration) and "shell" otherwise (the stylesheet then hides the prerendered view, so a deep link never
 * flashes another view); PICK_SCRIPT (after #root) swaps in each chart's drawing made for the
 * slot's width, where one was captured (the desktop drawing is in the page itself); LOAD_SCRIPT
 * starts the app's code. All three are constant, so a Content-Security-Policy can allow them by
 * hash.
 *
 * The app's code is fetched after the first frame, not from <head>: the prerendered view needs
 * none of it to be read, and its fetching, compiling and the dataset's downloads competed with
 * the parsing and first paint of the page (measured on the bench's 2 cores: all panels drawn at
 * about 2.9× the floor page instead of 4.5×; see bench/README.md). A shell page (another view
 * than the prerendered one) starts it at once: it has nothing to show before.
 */

export const VIEW_ELEMENT_ID = "prerender-view";
/** `<script type="application/json">` listing what <head> loaded: the entry, its preloads. */
export const ASSETS_ELEMENT_ID = "prerender-assets";

/** What LOAD_SCRIPT puts into <head>: the entry module's and the preloads' attributes, as Vite and the dataset plugin wrote them. */
interface DeferredAssets {
  entry: Record<string, string>;
  links: Record<string, string>[];
}

export interface PrerenderedView {
  /** The address's query string this page is the view of: "" (the default view) or "?year=2023". */
  search: string;
  /** The page's language, and the path its address has ("/", "/az/"): another path gets the shell. */
  language: string;
  path: string;
  /** The deployment configuration it was rendered with; hydrated only under the same. */
  config: { dataSource: "bundled" | "http"; apiBaseUrl: string | null; setBy: string; problem: string | null };
  /** React Query's dehydrated cache, for a source that cannot answer synchronously (the API). */
  queries?: unknown;
}

/**
 * A well-formed `data=` version pin in a query string: set aside when matching an address to its
 * prerendered view (a pin adds a notice after hydration, never another view).
 */
const DATA_PIN = /[?&]data=[0-9a-fA-F]{8}(?=&|$)/g;

/** The query string without its data pin ("?year=2024&data=da1be9fd" → "?year=2024"). */
export function withoutDataPin(search: string): string {
  return search.replace(DATA_PIN, "").replace(/^&/, "?");
}

export const BOOT_SCRIPT =
  `(function(){var d=document.getElementById("${VIEW_ELEMENT_ID}"),v=null;` +
  `try{v=d&&JSON.parse(d.textContent)}catch(e){}` +
  `var p=location.pathname.replace(/index\\.html$/,""),q=location.search.replace(/${DATA_PIN.source}/g,"").replace(/^&/,"?");` +
  `document.documentElement.setAttribute("data-prerender",v&&q===v.search&&p===v.path?"view":"shell")})()`;

/**
 * The widest window a phone drawing is made for (the prerender captures 360–430 px) and then
 * some: wider windows keep the desktop drawing without measuring a slot (a forced layout of
 * the whole page while it is being parsed).
 */
const PHONE_WINDOW_MAX = 600;

/**
 * The drawings for other widths wait in data blocks (`<script type="text/x-drawing"
 * data-width>`), not in <template>s: the parser only scans a data block's text, where it built
 * each template's content as DOM (about two thirds of the page's bytes are drawings no reader
 * sees). The one that fits the slot is parsed here, once.
 */
export const PICK_SCRIPT =
  `(function(){if(document.documentElement.getAttribute("data-prerender")!=="view"||innerWidth>${PHONE_WINDOW_MAX})return;` +
  `var s=document.querySelectorAll("[data-chart-island]");for(var i=0;i<s.length;i++){` +
  `var w=s[i].parentNode.clientWidth,t=s[i].querySelectorAll("[data-width]");for(var j=0;j<t.length;j++){` +
  `if(Math.abs(+t[j].getAttribute("data-width")-w)<=1){var d=s[i].querySelector(":scope>.recharts-wrapper");` +
  `if(d)d.remove();if(t[j].content)s[i].appendChild(t[j].content.cloneNode(true));` +
  `else s[i].insertAdjacentHTML("beforeend",t[j].textContent);break}}}})()`;

/** A drawing kept in a data block must not end it early: such markup stays a <template>. */
export function drawingBlock(width: number, html: string): string {
  return /<\/script|<!--/i.test(html)
    ? `<template data-width="${width}">${html}</template>`
    : `<script type="text/x-drawing" data-width="${width}">${html}</script>`;
}

/**
 * Puts the entry module and the preloads listed in ASSETS_ELEMENT_ID into <head>, once: after
 * the first frame for the prerendered view; at once for the shell, or in a tab that is hidden
 * (it paints no frame; one hidden before the frame starts it then).
 */
export const LOAD_SCRIPT =
  `(function(){var d=document.getElementById("${ASSETS_ELEMENT_ID}"),a,done=0;try{a=JSON.parse(d.textContent)}catch(e){return}` +
  `function el(n,o){var e=document.createElement(n),k;for(k in o)e.setAttribute(k,o[k]);return e}` +
  `function go(){if(done)return;done=1;var f=document.createDocumentFragment(),i;` +
  `for(i=0;i<a.links.length;i++)f.appendChild(el("link",a.links[i]));f.appendChild(el("script",a.entry));document.head.appendChild(f)}` +
  `if(document.documentElement.getAttribute("data-prerender")!=="view"||document.visibilityState==="hidden")go();` +
  `else{document.addEventListener("visibilitychange",go);requestAnimationFrame(function(){setTimeout(go,0)})}})()`;

/** JSON safe inside a <script> element: no "</script>" or "<!--" can end or confuse it. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Reads a page's descriptor; null when absent or malformed (then the page is client-rendered). */
export function parseView(text: string | null | undefined): PrerenderedView | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== "object" || value === null) return null;
    const view = value as Partial<PrerenderedView>;
    if (
      typeof view.search !== "string" ||
      typeof view.language !== "string" ||
      typeof view.path !== "string" ||
      typeof view.config !== "object" ||
      view.config === null
    )
      return null;
    return view as PrerenderedView;
  } catch {
    return null;
  }
}

/** Same deployment configuration as the page was rendered with (what the footer and notices show). */
export function sameConfig(a: PrerenderedView["config"], b: PrerenderedView["config"]): boolean {
  return (
    a.dataSource === b.dataSource && a.apiBaseUrl === b.apiBaseUrl && a.setBy === b.setBy && a.problem === b.problem
  );
}

const ENTRY_TAG = /<script type="module"[^>]*?\ssrc="[^"]+"[^>]*><\/script>\s*/;
const PRELOAD_TAG = /<link rel="(?:modulepreload|preload)"[^>]*>\s*/g;
const ATTRIBUTE = /([a-z-]+)(?:="([^"]*)")?/g;

/** A tag's attributes as Vite writes them (double-quoted, or bare). */
function attributesOf(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const open = tag.slice(tag.indexOf(" "), tag.indexOf(">"));
  for (const [, name, value] of open.matchAll(ATTRIBUTE)) if (name) attrs[name] = decodeAttribute(value ?? "");
  return attrs;
}

/**
 * Takes the entry module and its preloads (modules, and the dataset fetched as data) out of
 * the shell, for LOAD_SCRIPT to add later; any other preload (a font, an image) stays.
 */
function deferAssets(shell: string): { page: string; assets: DeferredAssets } {
  const entry = ENTRY_TAG.exec(shell);
  if (!entry) throw new Error('the page has no <script type="module" src> to load the app');
  const links: Record<string, string>[] = [];
  const page = shell.replace(ENTRY_TAG, "").replace(PRELOAD_TAG, (tag) => {
    const attrs = attributesOf(tag);
    if (attrs.rel === "preload" && attrs.as !== "fetch") return tag;
    links.push(attrs);
    return "";
  });
  return { page, assets: { entry: attributesOf(entry[0]), links } };
}

const decodeAttribute = (value: string) =>
  value
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The client-rendered page (index.html as Vite builds it) with a rendered view in it. */
export function pageWithView(shell: string, rendered: { html: string; view: PrerenderedView }): string {
  const head =
    `<script type="application/json" id="${VIEW_ELEMENT_ID}">${scriptJson(rendered.view)}</script>` +
    `<script>${BOOT_SCRIPT}</script>`;
  if (!shell.includes('<div id="root"></div>') || !shell.includes("</head>"))
    throw new Error('the page has no empty <div id="root"></div> to prerender into');
  const { page, assets } = deferAssets(shell);
  const after =
    `<script>${PICK_SCRIPT}</script>` +
    `<script type="application/json" id="${ASSETS_ELEMENT_ID}">${scriptJson(assets)}</script>` +
    `<script>${LOAD_SCRIPT}</script>`;
  return page
    .replace("</head>", () => `${head}</head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div>${after}`);
}

export interface ShellLanguage {
  /** "en", "az", "ru": the page's `<html lang>`. */
  language: string;
  title: string;
  description: string;
  noscript: string;
  /** Every language's page, for `<link rel="alternate" hreflang>` (the default language also as x-default). */
  alternates: { language: string; href: string; isDefault: boolean }[];
  /** The language's message catalog chunk, preloaded beside the entry (LOAD_SCRIPT adds it). */
  catalog: string | null;
}

const escapeText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, "&quot;");

/**
 * Index.html as Vite built it, made the page of one language: its `lang`, title, description
 * and no-script text in that language, `hreflang` alternates for every language, only that
 * language's dataset labels preloaded (the preloads carry `data-language`), and its catalog.
 */
export function localizeShell(shell: string, l: ShellLanguage): string {
  const alternates = l.alternates
    .flatMap((a) => {
      const link = (lang: string) => `<link rel="alternate" hreflang="${lang}" href="${escapeAttr(a.href)}" />`;
      return a.isDefault ? [link(a.language), link("x-default")] : [link(a.language)];
    })
    .join("");
  const catalog = l.catalog ? `<link rel="modulepreload" crossorigin href="${escapeAttr(l.catalog)}">` : "";
  return shell
    .replace(/<html lang="[^"]*"/, `<html lang="${escapeAttr(l.language)}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(l.title)}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"/,
      () => `<meta name="description" content="${escapeAttr(l.description)}"`,
    )
    .replace(/<noscript\s*>[^<]*<\/noscript\s*>/, () => `<noscript>${escapeText(l.noscript)}</noscript>`)
    .replace(/<link rel="preload"[^>]*\sdata-language="([^"]*)"[^>]*>\s*/g, (tag, language: string) =>
      language === l.language ? tag : "",
    )
    .replace("</head>", () => `${catalog}${alternates}</head>`);
}
