/**
 * Offline and installable: the service worker (src/sw/sw.ts, its precache list written by
 * scripts/service-worker.mjs after the prerender) keeps the app after one visit. Service
 * workers are blocked in every other spec (playwright.config.ts); this one lets them in.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import { contentType } from "../../scripts/content-types.mjs";
import { startApiServer, type ApiServer } from "./support/api-server";
import { expectAllPanels } from "./support/panels";

test.use({ serviceWorkers: "allow" });
test.describe.configure({ timeout: 120_000 });

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, process.env.E2E_DIST ?? "dist");

/** Uncaught errors and console errors of the page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  return problems;
}

/** Resolves once the page is controlled by the service worker (installed, its precache complete). */
async function controlled(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
    .toBe(true);
}

/** Every chart of the page drawn live (its code loads on the first input, from the precache offline). */
async function chartsDrawn(page: Page): Promise<void> {
  await page.mouse.move(20, 20);
  await expect(page.locator("html")).toHaveAttribute("data-charts", "loaded", { timeout: 30_000 });
  await expect(
    page.getByRole("region", { name: "Trade turnover" }).locator(".recharts-wrapper svg.recharts-surface").first(),
  ).toBeVisible();
}

/** The precache list in a built sw.js: [{ revision, url }]. */
function precacheList(dir: string): { revision: string | null; url: string }[] {
  const code = readFileSync(path.join(dir, "sw.js"), "utf8");
  const list = code.match(
    /\[\{"revision":(?:"[0-9a-f]+"|null),"url":"[^"]+"\}(?:,\{"revision":(?:"[0-9a-f]+"|null),"url":"[^"]+"\})*\]/,
  );
  if (list === null) throw new Error("sw.js has no precache list");
  return JSON.parse(list[0]) as { revision: string | null; url: string }[];
}

function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) => {
    if (name.startsWith(".")) return [];
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

test("the precache names the final files: each revision is the file's content, every page is in it", () => {
  const list = precacheList(dist);
  const urls = new Set(list.map((entry) => entry.url));
  for (const { revision, url } of list) {
    const file = path.join(dist, url);
    expect(existsSync(file), url).toBe(true);
    if (revision === null) expect(url, "an unrevisioned URL carries its hash").toMatch(/^assets\/.+-[\w-]{8,}\./);
    else expect(createHash("md5").update(readFileSync(file)).digest("hex"), url).toBe(revision);
  }
  const files = filesUnder(dist);
  // Every page the build wrote (each language's, any other folder's), the code, the bundled dataset.
  for (const file of files.filter((f) => /\.(html|js|css|json|webmanifest)$/.test(f) && f !== "sw.js"))
    if (file !== "config.json") expect(urls, file).toContain(file);
  expect(urls).toContain("az/index.html");
  expect(urls).toContain("ru/index.html");
  expect(urls).not.toContain("config.json");
});

test("after one visit it opens offline: every panel, a deep link in another language, a download", async ({
  page,
  context,
}) => {
  const problems = watch(page);
  await page.goto("/");
  await expectAllPanels(page, { year: "2025" });
  await controlled(page);

  await context.setOffline(true);
  await page.reload();
  await expectAllPanels(page, { year: "2025" });
  await chartsDrawn(page);

  // A deep link in Russian, never opened before: its language's page, its year, its table.
  await page.goto("/ru/?year=2023&table=trade");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  for (const region of await page.locator("section[data-panel]").all())
    await expect(region).toHaveAttribute("data-state", "ready");
  await expect(page.locator("section[data-panel][data-year]").first()).toHaveAttribute("data-year", "2023");
  await expect(page.getByRole("region", { name: "Товарооборот", exact: true }).getByRole("table")).toBeVisible();

  // Downloads are made in the page: a CSV and a PNG, offline.
  await page.goto("/?year=2024");
  await expectAllPanels(page, { year: "2024" });
  const exportsPanel = page.getByRole("region", { name: "Export composition" });
  for (const format of ["CSV", "PNG"]) {
    await exportsPanel.getByLabel("Download Export composition", { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      exportsPanel.getByRole("menuitem", { name: `Download Export composition as ${format}` }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
    expect(readFileSync(await file.path()).length).toBeGreaterThan(100);
  }
  expect(problems).toEqual([]);
});

/** A built copy served over HTTP (each language's page for its addresses), on a port the OS picks. */
async function serveCopy(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://localhost");
    let file = path.join(dir, pathname.endsWith("/") ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile())
      file = path.join(dir, /^\/(az|ru)\//.exec(pathname)?.[1] ?? "", "index.html");
    res.writeHead(200, { "content-type": contentType(file), "cache-control": "no-cache" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("a new build offers itself: “New version available — Reload”, dismissible, never reloading by itself", async ({
  page,
  context,
}) => {
  const copy = mkdtempSync(path.join(os.tmpdir(), "dashboard-copy-"));
  cpSync(dist, copy, { recursive: true });
  const site = await serveCopy(copy);
  try {
    const problems = watch(page);
    await page.goto(`${site.url}/`);
    await expectAllPanels(page);
    await controlled(page);
    const notice = page.getByRole("status").filter({ hasText: "New version available" });
    await expect(notice).toHaveCount(0);

    // The new build: a changed page, and the worker written again by the build's own script.
    const build = String(Date.now());
    const index = readFileSync(path.join(copy, "index.html"), "utf8");
    writeFileSync(
      path.join(copy, "index.html"),
      index.replace("</head>", `<meta name="build" content="${build}"></head>`),
    );
    const regenerated = spawnSync(process.execPath, [path.join(root, "scripts/service-worker.mjs"), copy], {
      encoding: "utf8",
    });
    expect(regenerated.status, regenerated.stderr).toBe(0);

    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect(notice).toBeVisible({ timeout: 30_000 });
    await expect(notice.getByRole("button", { name: "Reload" })).toBeVisible();
    // Dismissed, it goes; the new version still waits, and the next visit offers it again.
    await notice.getByRole("button", { name: "Dismiss the new-version notice" }).click();
    await expect(notice).toHaveCount(0);
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 30_000 });

    await Promise.all([page.waitForEvent("load"), notice.getByRole("button", { name: "Reload" }).click()]);
    await expectAllPanels(page);
    await expect(notice).toHaveCount(0);
    // The new version is the one that answers now: offline, the page it keeps is the changed one.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('meta[name="build"]')).toHaveAttribute("content", build);
    await expectAllPanels(page);
    expect(problems).toEqual([]);
  } finally {
    await site.close();
    rmSync(copy, { recursive: true, force: true });
  }
});

test("API mode offline: the last good answers, with “Offline: data as of …”", async ({ page, context }) => {
  let api: ApiServer | null = await startApiServer();
  try {
    // The server's page comes with its view's answers: the ones this browser keeps are those it
    // fetched, here another year's and a refresh of everything.
    await page.goto(`${api.url}/`);
    await expectAllPanels(page, { year: "2025" });
    await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
    await expectAllPanels(page, { year: "2024" });
    await page.getByRole("button", { name: "Refresh data from the API" }).click();
    await expect(page.getByRole("button", { name: "Refresh data from the API" })).toBeEnabled();
    await expectAllPanels(page, { year: "2024" });
    await controlled(page);
    const notice = page.getByRole("status").filter({ hasText: "Offline: data as of" });
    await expect(notice).toHaveCount(0);

    await context.setOffline(true);
    await page.reload();
    await expectAllPanels(page, { year: "2024" });
    await expect(notice).toBeVisible();
    const kept = Number(await notice.locator("[data-offline-since]").getAttribute("data-offline-since"));
    expect(Date.now() - kept).toBeLessThan(10 * 60_000);

    // Back online, fresh answers replace the kept ones and the notice goes.
    await context.setOffline(false);
    await page.getByRole("button", { name: "Refresh data from the API" }).click();
    await expect(notice).toHaveCount(0);
  } finally {
    await api?.stop();
    api = null;
  }
});
