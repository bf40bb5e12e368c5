import { describe, expect, it } from "vitest";
import {
  BOOT_SCRIPT,
  PICK_SCRIPT,
  pageWithView,
  parseView,
  sameConfig,
  scriptJson,
  type PrerenderedView,
} from "./prerender-view";

const view: PrerenderedView = {
  search: "?year=2024",
  config: { dataSource: "bundled", apiBaseUrl: null, setBy: "default", problem: null },
};
const SHELL = '<!doctype html><html><head><title>t</title></head><body><div id="root"></div></body></html>';

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
  const run = (search: string, descriptor: string | null) => {
    document.documentElement.removeAttribute("data-prerender");
    document.head.innerHTML =
      descriptor === null ? "" : `<script type="application/json" id="prerender-view">${descriptor}</script>`;
    window.history.replaceState(null, "", `/${search}`);
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

  it("falls back to the shell without a readable descriptor", () => {
    expect(run("?year=2024", null)).toBe("shell");
    expect(run("?year=2024", "{not json")).toBe("shell");
  });
});
