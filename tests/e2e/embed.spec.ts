/**
 * A panel's chart-only view (/embed/<panel>/): in every language, its tabs by keyboard, the
 * dashboard's Embed dialog and its code, axe; and, through the reference server, an iframe on
 * another origin shows the embed while the dashboard itself refuses to be framed.
 */
import AxeBuilder from "@axe-core/playwright";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { startApiServer, type ApiServer } from "./support/api-server";
import { failOnPageProblems } from "./support/page-problems";

const LANGUAGES = [
  { path: "/", title: "Trade turnover", showing: "Showing year 2024", full: "Open the full dashboard" },
  { path: "/az/", title: "Ticarət dövriyyəsi", showing: "Görünüş — il: 2024", full: "Tam informasiya panelini aç" },
  { path: "/ru/", title: "Товарооборот", showing: "Показано: год 2024", full: "Открыть весь дашборд" },
];

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.describe("the embed page", () => {
  failOnPageProblems();

  for (const language of LANGUAGES) {
    test(`the trade embed in ${language.path}: title, filters in words, tabs, sources line, link back`, async ({
      page,
    }) => {
      // Without the trailing slash, as a reader may type it; the address becomes the folder form.
      await page.goto(`${language.path}embed/trade?year=2024`);
      const embed = page.getByRole("region", { name: language.title });
      await expect(embed).toHaveAttribute("data-state", "ready");
      await expect(page.getByRole("heading", { level: 1, name: language.title })).toBeVisible();
      await expect(page.getByText(language.showing, { exact: false })).toBeVisible();
      await expect(page.getByRole("tab")).toHaveCount(3);
      await expect(page.getByRole("tab", { selected: true })).toHaveCount(1);
      await expect(embed.locator("[data-chart] svg").first()).toBeVisible();
      // No dashboard chrome: no filter bar, no language switcher, no other panel.
      await expect(page.getByRole("combobox")).toHaveCount(0);
      await expect(page.locator("[data-panel]")).toHaveCount(1);
      await expect(embed.locator("footer")).toContainText(/:/); // the sources line
      const back = page.getByRole("link", { name: new RegExp(language.full) });
      await expect(back).toHaveAttribute("target", "_blank");
      await expect(back).toHaveAttribute("href", `${language.path}?year=2024#trade-turnover-heading`);
      await expect.poll(() => new URL(page.url()).pathname).toBe(`${language.path}embed/trade/`);
      await expect(page.locator("html")).toHaveAttribute(
        "lang",
        language.path === "/" ? "en" : language.path.slice(1, 3),
      );
    });
  }

  test("every panel has its embed; an unknown one says so and links to the dashboard", async ({ page }) => {
    test.slow();
    for (const [key, name] of [
      ["exports", "Export composition"],
      ["fdi", "Foreign direct investment"],
      ["companies", "Companies present"],
      ["milestones", "Milestones"],
    ] as const) {
      await page.goto(`/embed/${key}/?year=2024`);
      await expect(page.getByRole("region", { name })).toHaveAttribute("data-state", "ready");
      await expect(page).toHaveTitle(new RegExp(`^${name} · `));
    }
    await page.goto("/embed/nothing/");
    await expect(page.getByRole("region", { name: "No such panel" })).toContainText(
      "“nothing” is not a panel of this dashboard",
    );
    await expect(page.getByRole("link", { name: /Open the dashboard/ })).toHaveAttribute("href", "/");
  });

  test("the tabs follow the WAI-ARIA pattern: one tab stop, arrows, Home/End; the table view is in the link", async ({
    page,
  }) => {
    await page.goto("/embed/trade/?year=2024");
    const tab = (name: string) => page.getByRole("tab", { name });
    await expect(tab("Chart")).toHaveAttribute("aria-selected", "true");
    await expect(tab("Table")).toHaveAttribute("tabindex", "-1");
    await tab("Chart").focus();
    await page.keyboard.press("ArrowRight");
    await expect(tab("Table")).toBeFocused();
    await expect(tab("Table")).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel", { name: "Table" }).getByRole("table")).toBeVisible();
    await expect.poll(() => new URL(page.url()).search).toBe("?year=2024&table=trade");
    await page.keyboard.press("End");
    await expect(tab("Sources")).toBeFocused();
    const sources = page.getByRole("tabpanel", { name: "Sources" });
    await expect(sources.getByRole("listitem").first()).toBeVisible();
    await expect(sources.getByRole("link", { name: "In the Sources list" })).toHaveCount(0);
    await page.keyboard.press("ArrowRight"); // wraps to the first
    await expect(tab("Chart")).toBeFocused();
    await expect(page.getByRole("tabpanel", { name: "Chart" })).toBeVisible();
    await page.keyboard.press("ArrowLeft"); // wraps to the last
    await expect(tab("Sources")).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Home");
    await expect(tab("Chart")).toHaveAttribute("aria-selected", "true");
    // Tab leaves the tab list for the panel: only the selected tab is a tab stop.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("tab", { name: "Table" })).not.toBeFocused();
    await expect(page.getByRole("tabpanel", { name: "Chart" })).toBeFocused();
  });

  test("axe finds nothing serious on the embed, at 640 × 480 and at 360 px, in each tab", async ({ page }) => {
    test.slow();
    for (const size of [
      { width: 640, height: 480 },
      { width: 360, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await page.goto("/embed/trade/?year=2024");
      await expect(page.getByRole("region", { name: "Trade turnover" })).toHaveAttribute("data-state", "ready");
      expect(await seriousViolations(page)).toEqual([]);
      // Nothing scrolls sideways in a narrow frame.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      await page.getByRole("tab", { name: "Sources" }).click();
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test("the Embed dialog gives the <iframe> code of this view: origin, language, year, sectors", async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/?year=2024");
    const button = page.getByRole("button", { name: "Embed Trade turnover" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Embed “Trade turnover”" });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole("textbox", { name: "HTML code" });
    await expect(code).toHaveValue(
      `<iframe src="${baseURL}/embed/trade/?year=2024" title="Trade turnover: Azerbaijan–U.S. economic relations" ` +
        `width="640" height="520" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await expect(code).toHaveAttribute("readonly", "");
    await dialog.getByRole("button", { name: "Copy code" }).click();
    await expect(dialog.getByRole("status")).toHaveText("Code copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await expect(dialog.getByRole("link", { name: /Open the embedded view/ })).toHaveAttribute(
      "href",
      `${baseURL}/embed/trade/?year=2024`,
    );
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();

    // In Russian, a panel that follows the sectors keeps them; its table view too.
    await page.goto("/ru/?year=2023&sector=energy&table=exports");
    await page.getByRole("button", { name: "Встроить: Структура экспорта" }).click();
    await expect(page.getByRole("dialog").getByRole("textbox")).toHaveValue(
      new RegExp(`^<iframe src="${baseURL}/ru/embed/exports/\\?year=2023&amp;sector=energy&amp;table=exports" `),
    );
  });
});

test.describe("through the reference server", () => {
  const servers: ApiServer[] = [];
  let host: Server | null = null;
  test.afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    await new Promise<void>((resolve) => (host ? host.close(() => resolve()) : resolve()));
    host = null;
  });

  /** A page on another origin (localhost, not 127.0.0.1; its own port) that frames `frames`. */
  async function hostPage(frames: Record<string, string>): Promise<string> {
    const body =
      "<!doctype html><html lang=en><title>Host</title><h1>A newsroom page</h1>" +
      Object.entries(frames)
        .map(([name, src]) => `<iframe name="${name}" title="${name}" src="${src}" width="640" height="520"></iframe>`)
        .join("");
    host = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      response.end(body);
    });
    const listening = host;
    await new Promise<void>((resolve) => listening.listen(0, "127.0.0.1", resolve));
    return `http://localhost:${(listening.address() as AddressInfo).port}/`;
  }

  /** The console lines in which Chromium reports a refused frame. */
  function refusals(page: Page): string[] {
    const lines: string[] = [];
    page.on("console", (m) => {
      if (m.text().includes("violates the following Content Security Policy directive")) lines.push(m.text());
    });
    return lines;
  }

  test("an iframe on another origin shows the embed; the dashboard refuses to be framed", async ({ page }) => {
    test.slow();
    const refused = refusals(page);
    const api = await startApiServer();
    servers.push(api);
    const embed = await page.request.get(`${api.url}/embed/trade/?year=2024`, { headers: { accept: "text/html" } });
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    const dashboard = await page.request.get(`${api.url}/?year=2024`, { headers: { accept: "text/html" } });
    expect(dashboard.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(dashboard.headers()["x-frame-options"]).toBe("DENY");

    await page.goto(await hostPage({ embed: `${api.url}/embed/trade/?year=2024`, dashboard: `${api.url}/?year=2024` }));
    const framed = page.frameLocator("iframe[name=embed]");
    await expect(framed.getByRole("region", { name: "Trade turnover" })).toHaveAttribute("data-state", "ready");
    await expect(framed.getByRole("region", { name: "Trade turnover" })).toHaveAttribute("data-year", "2024");
    await framed.getByRole("tab", { name: "Table" }).click();
    await expect(framed.getByRole("table").first()).toBeVisible();
    // The dashboard's frame was refused: the browser put its error page there, never the dashboard.
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f.name() === "dashboard")
            ?.url() ?? "",
      )
      .toMatch(/^chrome-error:/);
    await expect(page.frameLocator("iframe[name=dashboard]").getByRole("heading", { level: 1 })).toHaveCount(0);
    await expect.poll(() => refused).toEqual([expect.stringContaining(`Framing '${api.url}/' violates`)]);
    expect(refused[0]).toContain("frame-ancestors 'none'");
  });

  test("EMBED_ORIGINS limits who may frame the embed", async ({ page }) => {
    test.slow();
    const refused = refusals(page);
    const api = await startApiServer({ EMBED_ORIGINS: "https://news.example" });
    servers.push(api);
    await page.goto(await hostPage({ embed: `${api.url}/embed/trade/?year=2024` }));
    await expect
      .poll(
        () =>
          page
            .frames()
            .find((f) => f.name() === "embed")
            ?.url() ?? "",
      )
      .toMatch(/^chrome-error:/);
    await expect.poll(() => refused.join("\n")).toContain("frame-ancestors 'self' https://news.example");
    // On its own, the embed still works.
    await page.goto(`${api.url}/embed/trade/?year=2024`);
    await expect(page.getByRole("region", { name: "Trade turnover" })).toHaveAttribute("data-state", "ready");
  });
});
