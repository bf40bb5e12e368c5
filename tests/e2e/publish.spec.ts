/**
 * Issue 9, items 6–8: downloads a newsroom can publish (an SVG that draws the same in
 * rsvg-convert as in the browser, with title, filters, units, sources and byline), links
 * and citations that pin the year, and no internal words in the CSV or the citation.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { failOnPageProblems, search } from "./support/page-problems";
import { expectAllPanels, PANELS } from "./support/panels";
import { decodePng, inkIn, type Raster } from "./support/png";

test.describe.configure({ timeout: 120_000 });

failOnPageProblems();

const INTERNAL = /seed|\.txt|mock-data/i;

async function download(page: Page, panel: string, format: "CSV" | "PNG" | "SVG"): Promise<Buffer> {
  const region = page.getByRole("region", { name: panel });
  await region.getByLabel(`Download ${panel}`, { exact: true }).click();
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    region.getByRole("menuitem", { name: `Download ${panel} as ${format}` }).click(),
  ]);
  return readFile(await file.path());
}

/** The SVG's text lines, its nested chart's element count and every id reference, read by the browser's parser. */
async function readSvg(page: Page, markup: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    const root = doc.documentElement;
    const chart = root.querySelector(":scope > svg");
    const all = [...root.querySelectorAll("*")];
    const refs = new Set<string>();
    for (const el of all)
      for (const attr of [...el.attributes])
        for (const m of attr.value.matchAll(/url\(\s*["']?#([^"')]+)|^#(.+)$/g))
          if (attr.name === "href" || attr.name === "xlink:href" || m[1]) refs.add(m[1] ?? m[2] ?? "");
    return {
      error: doc.getElementsByTagName("parsererror").length,
      width: Number(root.getAttribute("width")),
      height: Number(root.getAttribute("height")),
      lines: [...doc.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      chartElements: chart ? chart.querySelectorAll("*").length : -1,
      unresolved: [...refs].filter((id) => !doc.getElementById(id)),
      external: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => (a.name.endsWith("href") || a.name === "src") && !a.value.startsWith("#"))
          .map((a) => `${el.nodeName} ${a.name}=${a.value}`),
      ),
      pageDependent: all.flatMap((el) =>
        [...el.attributes].filter((a) => /class|var\(--|url\((?!#)/.test(`${a.name} ${a.value}`)).map((a) => a.name),
      ),
      styleSheets: doc.getElementsByTagName("style").length,
    };
  }, markup);
}

/** The same SVG drawn by Chromium at 1×, on white, as a PNG. */
async function chromiumRaster(page: Page, svg: string, width: number, height: number): Promise<Raster> {
  const dataUrl = await page.evaluate(
    async ({ markup, w, h }) => {
      const url = URL.createObjectURL(new Blob([markup], { type: "image/svg+xml" }));
      const image = new Image(w, h);
      image.src = url;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext("2d");
      if (!context) throw new Error("no 2D context");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, w, h);
      context.drawImage(image, 0, 0, w, h);
      URL.revokeObjectURL(url);
      return canvas.toDataURL("image/png");
    },
    { markup: svg, w: width, h: height },
  );
  return decodePng(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
}

/** Mean luminance of each `size`×`size` block (composited on white). */
function blocks(raster: Raster, size: number): number[] {
  const out: number[] = [];
  for (let by = 0; by + size <= raster.height; by += size)
    for (let bx = 0; bx + size <= raster.width; bx += size) {
      let sum = 0;
      for (let y = by; y < by + size; y += 1)
        for (let x = bx; x < bx + size; x += 1) {
          const i = (y * raster.width + x) * 4;
          const a = (raster.pixels[i + 3] ?? 0) / 255;
          for (let k = 0; k < 3; k += 1) sum += 255 - a * (255 - (raster.pixels[i + k] ?? 0));
        }
      out.push(sum / (3 * size * size));
    }
  return out;
}

test("the trade chart's SVG is a self-contained newsroom graphic that rsvg-convert draws as the browser does", async ({
  page,
}) => {
  await page.goto("/?year=2024&sector=energy~finance");
  await expectAllPanels(page, { year: "2024" });
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const surface = trade.locator("[data-chart] svg.recharts-surface");
  await expect(surface).toBeVisible();

  // Point at the chart so recharts draws its hover marks: the export must leave them out.
  const box = await surface.boundingBox();
  if (!box) throw new Error("no chart box");
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(trade.locator(".recharts-tooltip-cursor").first()).toBeAttached();
  const onPage = await surface.evaluate((svg) => ({
    all: svg.querySelectorAll("*").length,
    hover: [...svg.querySelectorAll(".recharts-tooltip-cursor, .recharts-active-dot")].reduce(
      (n, el) => n + 1 + el.querySelectorAll("*").length,
      0,
    ),
  }));
  expect(onPage.hover).toBeGreaterThan(0);

  const svg = (await download(page, "Trade turnover", "SVG")).toString("utf8");
  const read = await readSvg(page, svg);
  expect(read.error).toBe(0);
  // What is drawn: the chart without its hover marks.
  expect(read.chartElements).toBe(onPage.all - onPage.hover);

  // Title (Azerbaijan–U.S. and the measure), every active filter, units, sources, byline.
  const text = read.lines.join("\n");
  expect(read.lines[0]).toBe("Azerbaijan–U.S. trade turnover, USD million");
  expect(read.lines[1]).toBe("year 2024, sectors: energy, finance (not applied to this chart)");
  expect(read.lines[2]).toMatch(/^Values in USD million/);
  expect(text).toContain("Imports from U.S.");
  const sources = read.lines.slice(read.lines.findIndex((l) => l.startsWith("Sources: ")));
  expect(sources.length).toBeGreaterThan(2); // wrapped: the sources, then the byline
  expect(sources.join(" ")).toContain("Trend News Agency (Feb 24, 2026)");
  const byline = sources.join("").replace(/\s/g, "");
  expect(byline).toContain(new URL("/?year=2024&sector=energy~finance", page.url()).href);
  expect(sources.join(" ")).toMatch(/Accessed [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/);
  for (const line of read.lines) expect(line).not.toMatch(INTERNAL);

  // Self-contained: nothing from the page, every reference (hatch patterns) inside the file.
  expect(read.unresolved).toEqual([]);
  expect(read.external).toEqual([]);
  expect(read.pageDependent).toEqual([]);
  expect(read.styleSheets).toBe(0);
  expect(svg).toContain("url(#hatch-imports)");

  // Drawn outside a browser: rsvg-convert (Debian's librsvg2-bin) gives a raster that is not blank…
  const dir = await mkdtemp(join(tmpdir(), "az-us-svg-"));
  await writeFile(join(dir, "trade.svg"), svg);
  execFileSync("rsvg-convert", ["--format", "png", "--output", join(dir, "trade.png"), join(dir, "trade.svg")]);
  const raster = decodePng(await readFile(join(dir, "trade.png")));
  expect([raster.width, raster.height]).toEqual([read.width, read.height]);
  expect(inkIn(raster, 0, raster.height)).toBeGreaterThan(raster.width * raster.height * 0.03);
  // …with the title in its first lines and the marks: the imports bars' blue (#0072B2).
  expect(inkIn(raster, 0, 40, (r, g, b) => r + g + b < 200)).toBeGreaterThan(500);
  const blue = (r: number, g: number, b: number) => b > 140 && b - r > 100 && g > 80 && g < 150;
  expect(inkIn(raster, 0, raster.height, blue)).toBeGreaterThan(3000);

  // …and the same picture as Chromium draws: 12 px blocks agree in brightness (fonts may differ a little).
  const chromium = await chromiumRaster(page, svg, read.width, read.height);
  const [a, b] = [blocks(raster, 12), blocks(chromium, 12)];
  const differing = a.filter((v, i) => Math.abs(v - (b[i] ?? 255)) > 40).length;
  expect(differing / a.length).toBeLessThan(0.03);
});

test("a sector panel's image names the sectors it is filtered by", async ({ page }) => {
  await page.goto("/?year=2024&sector=industry");
  await expectAllPanels(page, { year: "2024", sectors: "industry" });
  await expect(
    page.getByRole("region", { name: "Export composition" }).locator("[data-chart] svg").first(),
  ).toBeVisible();
  const read = await readSvg(page, (await download(page, "Export composition", "SVG")).toString("utf8"));
  const subtitle = read.lines.findIndex((l) => l.startsWith("year "));
  expect(read.lines.slice(0, subtitle).join(" ")).toBe(
    "Azerbaijan–U.S. trade: exports to the U.S. by product, USD million",
  );
  expect(read.lines[subtitle]).toBe("year 2024, sectors: industry");
  expect(read.lines.join(" ")).toContain("Sources: ");
});

test("Copy link pins the year on the default view, and the address bar keeps the short link", async ({
  page,
  context,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied to clipboard")).toBeVisible();
  const copied = () => page.evaluate(() => navigator.clipboard.readText());
  // …and the data version it was made with (the footer names it).
  const data = `data=${await page.locator("[data-data-version]").getAttribute("data-data-version")}`;
  await expect.poll(copied).toBe(new URL(`/?year=2025&${data}`, page.url()).href);
  expect(search(page)).toBe("");

  // Sectors are pinned too, and "Cite this view" gives the same link.
  await page.goto("/?sector=energy");
  await expectAllPanels(page, { year: "2025", sectors: "energy" });
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect.poll(copied).toBe(new URL(`/?year=2025&sector=energy&${data}`, page.url()).href);
  await page.getByRole("button", { name: "Cite this view" }).click();
  await expect
    .poll(async () => (await copied()).split("\n")[1])
    .toBe(new URL(`/?year=2025&sector=energy&${data}`, page.url()).href);
  expect(search(page)).toBe("?sector=energy");
});

test("no internal words in the citation or in any panel's CSV", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  await page.getByRole("button", { name: "Cite this view" }).click();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard).toContain("Sources:");
  const citation = await clipboard();
  expect(citation).not.toMatch(INTERNAL);
  expect(citation).toContain(
    "- Today.az, “US-Azerbaijani trade relations enter a new, more structured phase (analysis)”",
  );

  for (const panel of PANELS) {
    const csv = (await download(page, panel, "CSV")).toString("utf8");
    // Every column, the record ids included: an id names a primary article "article-NNN", not by its file.
    expect(csv, `${panel} CSV`).toContain("Record IDs");
    for (const line of csv.split("\r\n")) expect(line, `${panel}: ${line}`).not.toMatch(INTERNAL);
  }
});
