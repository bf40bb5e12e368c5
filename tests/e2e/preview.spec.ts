/**
 * Link previews, crawlers and print: each language's page names its preview image (Open Graph,
 * Twitter card), which the build drew at 1200×630; robots.txt and the sitemap are served and
 * list the language pages (the reference server writes them for its origin); printing leaves
 * the controls out, keeps each panel whole and writes each figure's sources as text.
 */
import { expect, test, type Page } from "@playwright/test";
import { startApiServer, type ApiServer } from "./support/api-server";
import { failOnPageProblems } from "./support/page-problems";
import { expectAllPanels } from "./support/panels";
import { decodePng, inkIn } from "./support/png";

failOnPageProblems();

const PAGES = [
  { path: "/", lang: "en", locale: "en_US" },
  { path: "/az/", lang: "az", locale: "az_AZ" },
  { path: "/ru/", lang: "ru", locale: "ru_RU" },
] as const;

/** The content of a <meta property|name> in a page's HTML. */
function meta(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, "\\$&")}" content="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&amp;/g, "&") ?? null;
}

for (const { path, lang, locale } of PAGES) {
  test(`${lang}: the page names its preview image, a 1200×630 PNG of its lead and trade chart`, async ({
    request,
    baseURL,
  }) => {
    const html = await (await request.get(path)).text();
    expect(meta(html, "og:locale")).toBe(locale);
    expect(meta(html, "og:type")).toBe("website");
    expect(meta(html, "og:title")).toBe(/<title>([^<]*)<\/title>/.exec(html)?.[1]);
    expect(meta(html, "og:description")).toBeTruthy();
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "og:image:height")).toBe("630");
    expect(meta(html, "og:image:alt")).toContain("2025");
    const image = meta(html, "og:image") ?? "";
    expect(meta(html, "twitter:image")).toBe(image);
    // Root-relative without SITE_ORIGIN (the e2e build has none); either way, this page's own image.
    const url = new URL(image, baseURL);
    expect(url.pathname).toBe(`${path}preview.png`);
    expect(new URL(meta(html, "og:url") ?? "", baseURL).pathname).toBe(path);

    const response = await request.get(url.pathname);
    expect(response.headers()["content-type"]).toBe("image/png");
    const png = decodePng(await response.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Drawn, not blank: the lead's lines near the top, the chart's bars (blue imports) below.
    expect(inkIn(png, 80, 220)).toBeGreaterThan(5_000);
    expect(inkIn(png, 300, 600, (r, g, b) => b > 120 && r < 60 && g < 140)).toBeGreaterThan(2_000);
  });
}

test("robots.txt lets every crawler in (the static build knows no origin, so it names no sitemap)", async ({
  request,
}) => {
  const response = await request.get("/robots.txt");
  expect(response.ok()).toBe(true);
  const text = await response.text();
  expect(text).toContain("User-agent: *\nAllow: /");
  expect(text).not.toContain("Sitemap:");
});

test.describe("the reference server", () => {
  let server: ApiServer;
  test.beforeAll(async () => {
    server = await startApiServer();
  });
  test.afterAll(async () => {
    await server.stop();
  });

  test("serves robots.txt and a sitemap of the language pages, at its own origin", async ({ request }) => {
    const robots = await (await request.get(`${server.url}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${server.url}/sitemap.xml`);
    const sitemap = await request.get(`${server.url}/sitemap.xml`);
    expect(sitemap.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    const xml = await sitemap.text();
    expect([...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])).toEqual(
      PAGES.map((p) => `${server.url}${p.path}`),
    );
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="ru" href="${server.url}/ru/"/>`);
  });

  test("writes absolute link-preview addresses into the pages it serves", async ({ request }) => {
    const html = await (await request.get(`${server.url}/az/`, { headers: { accept: "text/html" } })).text();
    expect(meta(html, "og:image")).toBe(`${server.url}/az/preview.png`);
    expect(meta(html, "og:url")).toBe(`${server.url}/az/`);
    const image = await request.get(`${server.url}/az/preview.png`);
    expect(image.headers()["content-type"]).toBe("image/png");
  });
});

/** A pseudo-element's generated text, as the print stylesheet writes it. */
const afterText = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => getComputedStyle(el, "::after").content));

test("printed, the page has no controls, keeps its panels whole and gives each figure's sources as text", async ({
  page,
}) => {
  await page.goto("/");
  await expectAllPanels(page);
  const controls = [
    page.getByRole("region", { name: "Filters" }),
    page.getByRole("navigation", { name: "Language" }),
    page.getByRole("button", { name: "Copy link" }),
    page.getByRole("button", { name: /^Download/ }).first(),
    page.getByRole("group", { name: /: show as$/ }).first(),
  ];
  for (const control of controls) await expect(control).toBeVisible();

  await page.emulateMedia({ media: "print" });
  for (const control of controls) await expect(control).toBeHidden();
  await expect(page.locator(".skip-link")).toBeHidden();
  // The figures stay, as numbers, each followed by its sources: publisher, title and date.
  const turnover = page.getByRole("region", { name: "Trade turnover" });
  await expect(turnover).toBeVisible();
  const headline = page.locator("[data-print-source]").filter({ hasText: "$1.557B" }).nth(1);
  await expect(headline).toBeVisible();
  const printed = await headline.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(printed).toMatch(/^" \(Source: Today\.az, “[^”]+”, (undated|\w{3} \d+, \d{4})\)"$/);
  // In the lead's running text, publisher and date only.
  const lead = await afterText(page, ".lead-text [data-print-source]");
  expect(lead.length).toBeGreaterThan(3);
  for (const note of lead) expect(note).toMatch(/^" \((Source|Sources|derived; Source|derived; Sources): [^“]+\)"$/);
  // Derived figures say how they were computed.
  expect((await afterText(page, "[data-print-source]")).some((n) => n.includes("Derived: Exports − imports"))).toBe(
    true,
  );
  // No panel is split across pages when it fits on one.
  const breaks = await page
    .locator("section[data-panel]")
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakInside));
  expect(breaks.length).toBeGreaterThanOrEqual(5);
  expect(new Set(breaks)).toEqual(new Set(["avoid"]));
  // The charts fit the page's width.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll("svg.recharts-surface")].some(
      (svg) => svg.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
    ),
  );
  expect(overflow).toBe(false);
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

  await page.emulateMedia({ media: "screen" });
  for (const control of controls) await expect(control).toBeVisible();
});
