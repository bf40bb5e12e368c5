/**
 * The contract between a prerendered page and the client that hydrates it (pure: no DOM, no
 * React). The page carries a descriptor in `<script type="application/json" id="prerender-view">`
 * saying which view it holds; two small inline scripts run before the first paint: BOOT_SCRIPT
 * (in <head>) marks <html data-prerender="view"> when the address asks for exactly that view and
 * "shell" otherwise (the stylesheet then hides the prerendered view, so a deep link never
 * flashes another view), and PICK_SCRIPT (after #root) swaps in each chart's drawing made for
 * the slot's width, where one was captured (the desktop drawing is in the page itself). Both are constant, so a Content-Security-Policy can allow them by hash.
 */

export const VIEW_ELEMENT_ID = "prerender-view";

export interface PrerenderedView {
  /** The address's query string this page is the view of: "" (the default view) or "?year=2023". */
  search: string;
  /** The deployment configuration it was rendered with; hydrated only under the same. */
  config: { dataSource: "bundled" | "http"; apiBaseUrl: string | null; setBy: string; problem: string | null };
  /** React Query's dehydrated cache, for a source that cannot answer synchronously (the API). */
  queries?: unknown;
}

export const BOOT_SCRIPT =
  `(function(){var d=document.getElementById("${VIEW_ELEMENT_ID}"),v=null;` +
  `try{v=d&&JSON.parse(d.textContent)}catch(e){}` +
  `document.documentElement.setAttribute("data-prerender",v&&location.search===v.search?"view":"shell")})()`;

export const PICK_SCRIPT =
  `(function(){if(document.documentElement.getAttribute("data-prerender")!=="view")return;` +
  `var s=document.querySelectorAll("[data-chart-island]");for(var i=0;i<s.length;i++){` +
  `var w=s[i].parentNode.clientWidth,t=s[i].querySelectorAll("template");for(var j=0;j<t.length;j++){` +
  `if(Math.abs(+t[j].getAttribute("data-width")-w)<=1){var d=s[i].querySelector(":scope>.recharts-wrapper");` +
  `if(d)d.remove();s[i].appendChild(t[j].content.cloneNode(true));break}}}})()`;

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
    if (typeof view.search !== "string" || typeof view.config !== "object" || view.config === null) return null;
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

/** The client-rendered page (index.html as Vite builds it) with a rendered view in it. */
export function pageWithView(shell: string, rendered: { html: string; view: PrerenderedView }): string {
  const head =
    `<script type="application/json" id="${VIEW_ELEMENT_ID}">${scriptJson(rendered.view)}</script>` +
    `<script>${BOOT_SCRIPT}</script>`;
  if (!shell.includes('<div id="root"></div>') || !shell.includes("</head>"))
    throw new Error('the page has no empty <div id="root"></div> to prerender into');
  return shell
    .replace("</head>", () => `${head}</head>`)
    .replace('<div id="root"></div>', () => `<div id="root">${rendered.html}</div><script>${PICK_SCRIPT}</script>`);
}
