/**
 * The dashboard in API mode: the reference server (dist-server/main.js) serves the built SPA,
 * a config.json pointing it at its own /api/v1, and the API. Each test starts its own server
 * on a free loopback port chosen by the OS, some with the server's test-only faults (API_TEST_MODE=1).
 */
import { expect, test, type Page } from "@playwright/test";
import { startApiServer, type ApiServer } from "./support/api-server";
import { expectAllPanels, PANELS } from "./support/panels";

const servers: ApiServer[] = [];

/** A server on a port the OS chooses (port 0), or on a given one, which must be free. */
async function server(env: Record<string, string> = {}, port = 0): Promise<ApiServer> {
  const started = await startApiServer(env, port);
  servers.push(started);
  return started;
}

/** Console errors and CSP violations seen by the page. Failed requests are expected in some tests. */
function watch(page: Page) {
  const errors: string[] = [];
  const cspViolations: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) cspViolations.push(m.text());
    else if (m.type() === "error" && !m.text().startsWith("Failed to load resource")) errors.push(m.text());
  });
  return { errors, cspViolations };
}

test.beforeEach(async ({ page }) => {
  // Count CSP violations from inside the page too (the event fires even when nothing is logged).
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
});

test.afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});

test("draws all four panels from the API, under a strict Content-Security-Policy", async ({ page }) => {
  const api = await server();
  const seen = watch(page);
  const apiRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/")) apiRequests.push(new URL(r.url()).pathname + new URL(r.url()).search);
  });
  const response = await page.goto(`${api.url}/`);
  const csp = response?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline'; script"); // no inline scripts allowed
  expect(response?.headers()["x-content-type-options"]).toBe("nosniff");

  await expectAllPanels(page, { year: "2025" });
  await expect(page.locator("footer [data-source-kind]")).toHaveAttribute("data-source-kind", "http");
  await expect(page.locator("footer")).toContainText(`from the API at ${api.url}/api/v1`);
  await expect(page.getByRole("region", { name: "Headline figures for 2025" })).toContainText("$1.557B");
  // The server rendered this page with its API's answers (server/prerendered-pages.ts): the
  // first view needs no request of its own.
  expect(apiRequests).toEqual([]);

  // A year change asks the API for that year's products only.
  await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
  await expectAllPanels(page, { year: "2024" });
  await expect.poll(() => apiRequests).toContain("/api/v1/export-products?year=2024");
  // The server logged one line per request it answered (the log is written in batches).
  await expect.poll(() => api.output()).toMatch(/GET \/api\/v1\/export-products\?year=2024 200/);

  await expect(page.getByRole("region", { name: "Export composition" })).toContainText("Aluminum plating");

  // A view the server does not prerender is drawn by the client, from the API.
  await page.goto(`${api.url}/?sector=energy`);
  await expectAllPanels(page, { year: "2025" });
  await expect
    .poll(() => apiRequests)
    .toEqual(expect.arrayContaining(["/api/v1/trade", "/api/v1/sources", "/api/v1/export-products?year=2025"]));

  expect(seen.errors).toEqual([]);
  expect(seen.cspViolations).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test("deep links, canonical rewrite and Back/Forward work as in bundled mode", async ({ page }) => {
  const api = await server();
  const seen = watch(page);
  await page.goto(`${api.url}/?sector=finance~energy&year=2024`);
  await expectAllPanels(page, { year: "2024", sectors: "energy~finance" });
  await expect.poll(() => new URL(page.url()).search).toBe("?year=2024&sector=energy~finance");

  await page.reload();
  await expectAllPanels(page, { year: "2024", sectors: "energy~finance" });

  await page.getByRole("combobox", { name: "Year" }).selectOption("2023");
  await expectAllPanels(page, { year: "2023" });
  await page.goBack();
  await expectAllPanels(page, { year: "2024", sectors: "energy~finance" });
  await page.goForward();
  await expectAllPanels(page, { year: "2023", sectors: "energy~finance" });

  // A bad part of a link is ignored with a notice, as in bundled mode; the API is never asked for it.
  await page.goto(`${api.url}/?year=1850&sector=energy`);
  await expect(page.getByRole("status").filter({ hasText: "Some parts of the link were ignored" })).toContainText(
    "year 1850 is outside the supported range",
  );
  await expectAllPanels(page, { year: "2025", sectors: "energy" });
  expect(api.output()).not.toMatch(/\/api\/v1\/\S*year=1850/);
  expect(seen.errors).toEqual([]);
});

test("the API stopping mid-session: errors with retry, last data kept, then recovery", async ({ page }) => {
  test.setTimeout(90_000);
  let api = await server();
  watch(page);
  await page.goto(`${api.url}/`);
  await expectAllPanels(page, { year: "2025" });
  // The live charts' code arrives once the reader has moved (then the page is idle); from then on
  // it needs no server.
  await page.mouse.move(20, 20);
  await expect(page.locator("html")).toHaveAttribute("data-charts", "loaded");

  await api.stop();

  // A year never loaded before cannot be drawn: the export panel says why and offers a retry…
  await page.getByRole("combobox", { name: "Year" }).selectOption("2024");
  const exportsPanel = page.getByRole("region", { name: "Export composition" });
  await expect(exportsPanel).toHaveAttribute("data-state", "error", { timeout: 20_000 });
  await expect(exportsPanel.getByRole("alert")).toContainText("/api/v1/export-products?year=2024");
  await expect(exportsPanel.getByRole("alert")).toContainText("could not be reached");
  // …while the panels whose data was already loaded keep working for the new year.
  for (const name of ["Trade turnover", "Foreign direct investment", "Companies present"]) {
    await expect(page.getByRole("region", { name })).toHaveAttribute("data-state", "ready");
    await expect(page.getByRole("region", { name })).toHaveAttribute("data-year", "2024");
  }

  // A refresh while the API is down keeps the last good data on screen, with a notice and a retry.
  await page.getByRole("button", { name: "Refresh data from the API" }).click();
  const trade = page.getByRole("region", { name: "Trade turnover" });
  const notice = trade.getByRole("status").filter({ hasText: "Could not refresh this panel" });
  await expect(notice).toBeVisible({ timeout: 20_000 });
  await expect(trade).toHaveAttribute("data-state", "ready");
  await expect(trade.locator(".recharts-wrapper > svg.recharts-surface").first()).toBeVisible();

  // The API comes back at the same address (startApiServer throws if another process took the
  // port meanwhile): each Retry recovers its panel.
  api = await server({}, api.port);
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(notice).toHaveCount(0);
  await expect(exportsPanel).toHaveAttribute("data-state", "error");
  await exportsPanel.getByRole("button", { name: "Retry" }).click();
  await expect(exportsPanel).toHaveAttribute("data-state", "ready");
  await expect(exportsPanel).toContainText("Aluminum plating");
  await expectAllPanels(page, { year: "2024" });
});

test("a slow API shows loading skeletons, then the panels", async ({ page }) => {
  const api = await server({ API_TEST_MODE: "1", API_TEST_DELAY_MS: "1500" });
  const seen = watch(page);
  // A view the server does not prerender (a prerendered one arrives with its data).
  await page.goto(`${api.url}/?sector=energy`);
  for (const name of PANELS) {
    const region = page.getByRole("region", { name });
    await expect(region).toHaveAttribute("data-state", "loading");
    await expect(region).toHaveAttribute("aria-busy", "true");
    await expect(region.getByRole("status")).toContainText("Loading");
  }
  await expectAllPanels(page, { year: "2025" });
  expect(seen.errors).toEqual([]);
});

test("a response that breaks the contract gives a clear error in its panel, and the rest works", async ({ page }) => {
  const api = await server({ API_TEST_MODE: "1", API_TEST_MALFORMED: "exportProducts" });
  const seen = watch(page);
  // Not a prerendered view (that one carries the server's own answers), so the client asks the API.
  await page.goto(`${api.url}/?year=2024&table=trade`);
  const exportsPanel = page.getByRole("region", { name: "Export composition" });
  await expect(exportsPanel).toHaveAttribute("data-state", "error");
  const alert = exportsPanel.getByRole("alert");
  await expect(alert).toContainText("/api/v1/export-products?year=2024");
  await expect(alert).toContainText('field "value"');
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  for (const name of ["Trade turnover", "Foreign direct investment", "Companies present"])
    await expect(page.getByRole("region", { name })).toHaveAttribute("data-state", "ready");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(seen.errors).toEqual([]);
});
