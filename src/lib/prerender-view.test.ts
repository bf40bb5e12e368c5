import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ASSETS_ELEMENT_ID,
  BOOT_SCRIPT,
  drawingBlock,
  LOAD_SCRIPT,
  PICK_SCRIPT,
  pageWithView,
  parseView,
  sameConfig,
  scriptJson,
  type PrerenderedView,
} from "./prerender-view";

const view: PrerenderedView = {
  search: "?year=2024",
  language: "en",
  path: "/",
  config: { dataSource: "bundled", apiBaseUrl: null, setBy: "default", problem: null },
};
const ENTRY = '<script type="module" crossorigin src="/assets/index-abc.js"></script>';
const PRELOADS =
  '<link rel="modulepreload" crossorigin href="/assets/react-dom-abc.js">' +
  '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">' +
  '<link rel="preload" href="/assets/trade-abc.json?a=1&amp;b=&#50;" as="fetch" crossorigin="anonymous">' +
  '<link rel="preload" href="/assets/font.woff2" as="font" crossorigin>';
const SHELL = `<!doctype html><html><head><title>t</title>${ENTRY}${PRELOADS}</head><body><div id="root"></div></body></html>`;

/** The assets descriptor a page carries (what LOAD_SCRIPT reads). */
function assetsOf(page: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${ASSETS_ELEMENT_ID}">(.*?)</script>`).exec(page);
  return match?.[1] ? JSON.parse(match[1]) : null;
}

describe("the prerendered page's descriptor", () => {
  it("survives a round trip through the page, even with markup-like text in it", () => {
    const tricky = { ...view, config: { ...view.config, problem: "</script><!-- \u2028" } };
    const json = scriptJson(tricky);
    expect(json).not.toMatch(/<\/script|<!--|\u2028/);
    expect(parseView(json)).toEqual(tricky);
  });

  it("reads nothing from a missing or malformed descriptor (the page is then client-rendered)", () => {
    for (const text of [null, undefined, "", "{", "[]", "null", '{"search":1,"config":{}}', '{"search":""}'])
      expect(parseView(text), String(text)).toBeNull();
  });

  it("hydrates only under the configuration the page was rendered with", () => {
    expect(sameConfig(view.config, { ...view.config })).toBe(true);
    expect(
      sameConfig(view.config, { ...view.config, dataSource: "http", apiBaseUrl: "https://a.example/api/v1" }),
    ).toBe(false);
    expect(sameConfig(view.config, { ...view.config, problem: "config.json is not valid JSON" })).toBe(false);
  });
});

describe("pageWithView", () => {
  it("puts the view in #root, the descriptor and boot script in <head>, the pick script after #root", () => {
    const page = pageWithView(SHELL, { html: "<main>view</main>", view });
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head).toContain(`<script type="application/json" id="prerender-view">${scriptJson(view)}</script>`);
    expect(head).toContain(`<script>${BOOT_SCRIPT}</script>`);
    expect(page).toContain(`<div id="root"><main>view</main></div><script>${PICK_SCRIPT}</script>`);
    expect(page.indexOf(`<script>${LOAD_SCRIPT}</script>`)).toBeGreaterThan(page.indexOf(PICK_SCRIPT));
  });

  it("moves the entry module and the module and data preloads out of <head> for the load script", () => {
    const page = pageWithView(SHELL, { html: "<main>view</main>", view });
    const head = page.slice(0, page.indexOf("</head>"));
    expect(head).not.toContain('type="module"');
    expect(head).not.toContain("modulepreload");
    expect(head).not.toContain("trade-abc.json");
    // The stylesheet, and a preload of anything else, stay where they were.
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/index-abc.css">');
    expect(head).toContain('<link rel="preload" href="/assets/font.woff2" as="font" crossorigin>');
    expect(assetsOf(page)).toEqual({
      entry: { type: "module", crossorigin: "", src: "/assets/index-abc.js" },
      links: [
        { rel: "modulepreload", crossorigin: "", href: "/assets/react-dom-abc.js" },
        { rel: "preload", href: "/assets/trade-abc.json?a=1&b=2", as: "fetch", crossorigin: "anonymous" },
      ],
    });
  });

  it("refuses a page that loads no entry module", () => {
    expect(() => pageWithView(SHELL.replace(ENTRY, ""), { html: "", view })).toThrow(/no <script type="module"/);
  });

  it("keeps $ sequences of the markup as they are", () => {
    expect(pageWithView(SHELL, { html: "<p>$1.557B $& $'</p>", view })).toContain("<p>$1.557B $& $'</p>");
  });

  it("refuses a page without an empty #root", () => {
    expect(() =>
      pageWithView("<html><head></head><body><div id=root>x</div></body></html>", { html: "", view }),
    ).toThrow(/no empty <div id="root">/);
  });
});

describe("the boot script", () => {
  const run = (search: string, descriptor: string | null, path = "/") => {
    document.documentElement.removeAttribute("data-prerender");
    document.head.innerHTML =
      descriptor === null ? "" : `<script type="application/json" id="prerender-view">${descriptor}</script>`;
    window.history.replaceState(null, "", `${path}${search}`);
    // The page's own inline script text, run as the browser runs it.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    new Function(BOOT_SCRIPT)();
    return document.documentElement.getAttribute("data-prerender");
  };

  it("marks the page as the view only when the address asks for exactly that view", () => {
    expect(run("?year=2024", scriptJson(view))).toBe("view");
    for (const other of ["", "?year=2023", "?year=2024&sector=energy", "?sector=energy&year=2024"])
      expect(run(other, scriptJson(view)), other).toBe("shell");
  });

  it("marks another language's address as the shell (the view is one language's page)", () => {
    const az = scriptJson({ ...view, language: "az", path: "/az/" });
    expect(run("?year=2024", az, "/az/")).toBe("view");
    expect(run("?year=2024", az, "/az/index.html")).toBe("view");
    expect(run("?year=2024", az, "/")).toBe("shell");
    expect(run("?year=2024", scriptJson(view), "/ru/")).toBe("shell");
  });

  it("sets a data= version pin aside (it adds a notice, not another view)", () => {
    for (const pinned of ["?year=2024&data=da1be9fd", "?data=da1be9fd&year=2024"])
      expect(run(pinned, scriptJson(view)), pinned).toBe("view");
    expect(run("?data=da1be9fd", scriptJson({ ...view, search: "" }))).toBe("view");
    expect(run("?year=2023&data=da1be9fd", scriptJson(view))).toBe("shell");
    expect(run("?year=2024&metadata=x", scriptJson(view))).toBe("shell");
    // A malformed pin is reported by a notice the prerendered page does not have: the shell.
    expect(run("?year=2024&data=not-a-hash", scriptJson(view))).toBe("shell");
  });

  it("falls back to the shell without a readable descriptor", () => {
    expect(run("?year=2024", null)).toBe("shell");
    expect(run("?year=2024", "{not json")).toBe("shell");
  });
});

describe("the load script", () => {
  const frames: FrameRequestCallback[] = [];
  const run = (mode: "view" | "shell", hidden = false) => {
    frames.length = 0;
    vi.spyOn(window, "requestAnimationFrame").mockImplementation((callback) => frames.push(callback));
    vi.spyOn(document, "visibilityState", "get").mockReturnValue(hidden ? "hidden" : "visible");
    vi.useFakeTimers();
    document.documentElement.setAttribute("data-prerender", mode);
    const page = pageWithView(SHELL, { html: "", view });
    document.head.innerHTML = "";
    document.body.innerHTML = `<script type="application/json" id="${ASSETS_ELEMENT_ID}">${JSON.stringify(assetsOf(page))}</script>`;
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    new Function(LOAD_SCRIPT)();
  };
  const added = () => [...document.head.children].map((el) => el.getAttribute("src") ?? el.getAttribute("href"));
  afterEach(() => vi.useRealTimers());

  it("starts the app after the first frame of a prerendered view, preloads first, then the entry", () => {
    run("view");
    expect(added()).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]?.(0);
    expect(added()).toEqual([]);
    vi.runAllTimers();
    expect(added()).toEqual(["/assets/react-dom-abc.js", "/assets/trade-abc.json?a=1&b=2", "/assets/index-abc.js"]);
    // Once only: a later visibility change adds nothing.
    document.dispatchEvent(new Event("visibilitychange"));
    expect(added()).toHaveLength(3);
    const entry = document.head.lastElementChild as HTMLScriptElement;
    expect(entry.type).toBe("module");
    expect(entry.getAttribute("crossorigin")).toBe("");
    const data = document.head.children[1];
    expect([data?.getAttribute("as"), data?.getAttribute("crossorigin")]).toEqual(["fetch", "anonymous"]);
  });

  it("starts it when the tab is hidden before the first frame (which then never comes)", () => {
    run("view");
    expect(added()).toEqual([]);
    document.dispatchEvent(new Event("visibilitychange"));
    expect(added()).toContain("/assets/index-abc.js");
    frames[0]?.(0);
    vi.runAllTimers();
    expect(added().filter((src) => src === "/assets/index-abc.js")).toHaveLength(1);
  });

  it("starts it at once for the shell, and in a hidden tab (which paints no frame)", () => {
    run("shell");
    expect(added()).toContain("/assets/index-abc.js");
    run("view", true);
    expect(added()).toContain("/assets/index-abc.js");
    expect(frames).toHaveLength(0);
  });
});

describe("the pick script", () => {
  it("swaps in the drawing made for the slot's width, from a data block or a template", () => {
    document.documentElement.setAttribute("data-prerender", "view");
    const island = (inner: string) =>
      `<div style="width:294px"><div data-chart-island="c"><div class="recharts-wrapper">desktop</div>${inner}</div></div>`;
    document.body.innerHTML =
      island(drawingBlock(294, '<div class="recharts-wrapper">phone &amp; data block</div>')) +
      island(drawingBlock(294, '<div class="recharts-wrapper"><!-- x -->phone template</div>'));
    for (const slot of document.querySelectorAll<HTMLElement>("[data-chart-island]"))
      Object.defineProperty(slot.parentNode, "clientWidth", { value: 294 });
    vi.spyOn(window, "innerWidth", "get").mockReturnValue(360);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    new Function(PICK_SCRIPT)();
    const shown = [...document.querySelectorAll("[data-chart-island] > .recharts-wrapper")].map((d) => d.textContent);
    expect(shown).toEqual(["phone & data block", "phone template"]);
  });

  it("keeps the desktop drawing in a wide window without measuring anything", () => {
    document.documentElement.setAttribute("data-prerender", "view");
    document.body.innerHTML = `<div><div data-chart-island="c"><div class="recharts-wrapper">desktop</div>${drawingBlock(294, '<div class="recharts-wrapper">phone</div>')}</div></div>`;
    vi.spyOn(window, "innerWidth", "get").mockReturnValue(1280);
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call
    new Function(PICK_SCRIPT)();
    expect(document.querySelector("[data-chart-island] > .recharts-wrapper")?.textContent).toBe("desktop");
  });
});

describe("drawing blocks", () => {
  it("keeps a drawing in a data block, or in a template when its markup could end the block", () => {
    expect(drawingBlock(294, "<svg></svg>")).toBe(
      '<script type="text/x-drawing" data-width="294"><svg></svg></script>',
    );
    expect(drawingBlock(294, "<svg><!-- x --></svg>")).toMatch(/^<template data-width="294">/);
    expect(drawingBlock(294, "<svg></SCRIPT></svg>")).toMatch(/^<template data-width="294">/);
  });
});
