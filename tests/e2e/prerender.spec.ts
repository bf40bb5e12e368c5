/**
 * The prerendered first view (scripts/prerender.mjs, src/components/chart-islands.ts): the
 * default view arrives as HTML with its charts' SVG in it, hydrates without a mismatch or a
 * second render, moves nothing (CLS 0), never shows for a deep link to another view, and gives
 * way to the live charts when the reader points at one or changes the view. The reference
 * server serves a prerendered page for every year, from its own data.
 */
import { expect, test, type Page } from "@playwright/test";
import { startApiServer, type ApiServer } from "./support/api-server";
import { expectAllPanels } from "./support/panels";
import { failOnPageProblems } from "./support/page-problems";

failOnPageProblems();

/** Chart slots of the default view; each holds one prerendered drawing. */
const DEFAULT_CHARTS = ["trade", "fdi-flows-full", "fdi-stocks", "companies"];

interface Probe {
  /** At the end of parsing, before any script of ours ran: what the reader sees first. */
  atParse: {
    prerender: string | null;
    mainVisibility: string;
    lead: string;
    /** Chart id → [drawing width, slot width] of the drawing on screen. */
    drawings: Record<string, [number, number]>;
  } | null;
  shifts: number;
  h1: Element | null;
}

/**
 * Before the page's own scripts: records what the parser produced (when the document becomes
 * "interactive", module scripts have not run yet) and every layout shift from then on.
 */
async function probe(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __probe: Probe };
    w.__probe = { atParse: null, shifts: 0, h1: null };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__probe.shifts += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    document.addEventListener("readystatechange", () => {
      if (document.readyState !== "interactive") return;
      const drawings: Record<string, [number, number]> = {};
      for (const slot of document.querySelectorAll<HTMLElement>("[data-chart]")) {
        const wrapper = slot.querySelector<HTMLElement>("[data-chart-island] > .recharts-wrapper");
        if (wrapper && slot.dataset.chart)
          drawings[slot.dataset.chart] = [Number.parseFloat(wrapper.style.width), slot.firstElementChild!.clientWidth];
      }
      const main = document.querySelector("main");
      w.__probe.atParse = {
        prerender: document.documentElement.getAttribute("data-prerender"),
        mainVisibility: main ? getComputedStyle(main).visibility : "absent",
        lead: document.querySelector(".lead-text")?.textContent ?? "",
        drawings,
      };
      w.__probe.h1 = document.querySelector("h1");
    });
  });
}

const atParse = (page: Page) => page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.atParse);

/** React has hydrated (or rendered) the heading: its element carries React's fiber. */
async function expectReactOwns(page: Page, selector: string) {
  await expect
    .poll(() =>
      page.evaluate(
        (s) => Object.keys(document.querySelector(s) ?? {}).some((k) => k.startsWith("__reactFiber$")),
        selector,
      ),
    )
    .toBe(true);
}

test("the default view's charts are in the HTML, drawn with JavaScript off", async ({ browser, request }) => {
  const html = await (await request.get("/")).text();
  const root = html.slice(html.indexOf('<div id="root">'));
  expect(root).toContain('class="recharts-surface"');
  expect(root).toContain("In 2025, goods trade between Azerbaijan and the U.S.");

  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator(".lead-text")).toContainText("In 2025, goods trade between Azerbaijan and the U.S.");
  for (const id of DEFAULT_CHARTS) {
    const slot = page.locator(`[data-chart="${id}"]`);
    await expect(slot.locator("svg.recharts-surface")).toBeVisible();
    // Marks, not just axes: bars, points or lines.
    await expect
      .poll(() => slot.locator(".recharts-rectangle, .recharts-dot, .recharts-symbols, .recharts-curve").count())
      .toBeGreaterThan(0);
  }
  await expect(page.getByRole("region", { name: "Trade turnover" })).toBeVisible();
  await context.close();
});

test("the prerendered page hydrates: same nodes, no error, nothing moves", async ({ page }) => {
  await probe(page);
  await page.goto("/");
  await expectReactOwns(page, "h1");
  await expectAllPanels(page);
  const first = await atParse(page);
  expect(first?.prerender).toBe("view");
  expect(first?.mainVisibility).toBe("visible");
  expect(first?.lead).toContain("In 2025, goods trade");
  for (const id of DEFAULT_CHARTS) expect(Object.keys(first?.drawings ?? {})).toContain(id);
  // Hydrated, not re-rendered: the heading React owns is the element the parser made.
  expect(
    await page.evaluate(() => {
      const p = (window as unknown as { __probe: Probe }).__probe;
      return p.h1 !== null && p.h1 === document.querySelector("h1");
    }),
  ).toBe(true);
  // The prerendered drawings are still the ones on screen (nothing redrew them).
  await expect(page.locator('[data-chart="trade"] [data-chart-island] > .recharts-wrapper')).toHaveCount(1);
  // Wait until the document is fully loaded, then read the shifts it took (console errors fail the test).
  await page.waitForLoadState("load");
  expect(await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.shifts)).toBe(0);
});

test("on a phone the drawing made for its width is the one on screen", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await probe(page);
  await page.goto("/");
  await expectReactOwns(page, "h1");
  const drawings = (await atParse(page))?.drawings ?? {};
  for (const id of DEFAULT_CHARTS) {
    const [drawn, slot] = drawings[id] ?? [0, -1];
    expect(Math.abs(drawn - slot), `${id}: drawn at ${drawn}px for a ${slot}px slot`).toBeLessThanOrEqual(1);
  }
  await expect(page.locator("main")).toBeVisible();
  await context.close();
});

test("a deep link to another view never shows the prerendered one", async ({ page }) => {
  await probe(page);
  await page.goto("/?year=2018");
  const first = await atParse(page);
  expect(first?.prerender).toBe("shell");
  expect(first?.mainVisibility).toBe("hidden");
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2018");
  await expect(page.locator(".lead-text")).toContainText("2018");
  await expect(page.locator("main")).toBeVisible();
  await expectAllPanels(page);
  await expect(page.locator("[data-chart-island]")).toHaveCount(0);
});

test("pointing at a chart brings the live chart, with its tooltip", async ({ page }) => {
  await page.goto("/");
  await expectReactOwns(page, "h1");
  const trade = page.locator('[data-chart="trade"]');
  await trade.hover();
  // The live chart has drawn beneath the drawing and taken its place.
  await expect(trade.locator("[data-chart-island]")).toHaveCount(0);
  await expect(trade.locator("svg.recharts-surface")).toHaveCount(1);
  const box = await trade.boundingBox();
  if (!box) throw new Error("no trade chart");
  await page.mouse.move(box.x + box.width - 60, box.y + box.height / 2);
  await expect(trade.locator(".recharts-tooltip-wrapper")).toContainText("Imports");
});

test("a click on a panel that has not hydrated yet is not lost", async ({ browser }) => {
  // A page of its own: the fixture's page.goto waits for the whole page to hydrate.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/");
  // The root has hydrated; the panels may still be waiting for their idle turn.
  await expectReactOwns(page, "h1");
  await page.getByRole("group", { name: "Select a year" }).getByRole("button", { name: "2024" }).click();
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
  await expectAllPanels(page, { year: "2024" });
  await context.close();
});

test("a year change retires every prerendered drawing", async ({ page }) => {
  await page.goto("/");
  await expectReactOwns(page, "h1");
  await page.getByRole("group", { name: "Select a year" }).getByRole("button", { name: "2024" }).click();
  await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
  await expect(page.locator("[data-chart-island]")).toHaveCount(0);
  // 2024 has products: the export chart is drawn live.
  await expect(page.locator('[data-chart="exports"] svg.recharts-surface')).toHaveCount(1);
  await expectAllPanels(page);
});

test.describe("the reference server", () => {
  let server: ApiServer;
  test.beforeAll(async () => {
    server = await startApiServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("serves each year prerendered from its own data, which hydrates against its API", async ({ browser }) => {
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(`${server.url}/?year=2024`);
    await expect(still.locator(".lead-text")).toContainText("In 2024");
    await expect(still.locator('[data-chart="exports"] svg.recharts-surface')).toBeVisible();
    await off.close();

    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(m.text());
    });
    await probe(page);
    await page.goto(`${server.url}/?year=2024`);
    await expectReactOwns(page, "h1");
    expect((await atParse(page))?.prerender).toBe("view");
    // Hydrated, not rendered afresh: React owns the heading the parser made.
    expect(
      await page.evaluate(() => (window as unknown as { __probe: Probe }).__probe.h1 === document.querySelector("h1")),
    ).toBe(true);
    await expectAllPanels(page);
    await expect(page.getByRole("combobox", { name: "Year" })).toHaveValue("2024");
    // The page came with the API's answers: the footer names the API, not the bundled files.
    await expect(page.getByRole("contentinfo")).toContainText("/api/v1");
    expect(problems).toEqual([]);
    // A view the server does not prerender gets the client-rendered page.
    const other = await context.request.get(`${server.url}/?year=2024&sector=energy`, {
      headers: { accept: "text/html" },
    });
    expect(await other.text()).not.toContain('id="prerender-view"');
    await context.close();
  });
});
