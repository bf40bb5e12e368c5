import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { IntlMessageFormat } from "intl-messageformat";
import { messages as az } from "../../src/lib/messages/catalog-az";
import { messages as en } from "../../src/lib/messages/catalog-en";
import { messages as ru } from "../../src/lib/messages/catalog-ru";
import type { MessageKey } from "../../src/lib/messages/languages";
import { failOnPageProblems, search } from "./support/page-problems";
import { PANELS } from "./support/panels";

// axe and the text scan walk the whole DOM; a loaded 2-core machine needs time.
test.describe.configure({ timeout: 150_000 });

failOnPageProblems();

const CATALOGS = { en, az, ru };
const LOCALES = { en: "en", az: "az-Latn-AZ", ru: "ru-RU" };
type Lang = keyof typeof CATALOGS;

/** A message as the page writes it in `lang`. */
function msg(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return String(
    new IntlMessageFormat(CATALOGS[lang][key], LOCALES[lang], undefined, { ignoreTag: true }).format(params),
  );
}

const PANEL_KEYS: MessageKey[] = ["trade.title", "exports.title", "fdi.title", "companies.title", "milestones.title"];

async function expectPanelsIn(page: Page, lang: Lang, year?: string) {
  for (const key of PANEL_KEYS) {
    const region = page.getByRole("region", { name: msg(lang, key), exact: true });
    await expect(region).toHaveAttribute("data-state", "ready");
    if (year !== undefined) await expect(region).toHaveAttribute("data-year", year);
  }
}

/**
 * English text left in the page: every phrase of three or more words the English catalog has
 * (its literal parts, without arguments), found in the page's visible text outside what is
 * English on purpose (marked lang="en": quotes, untranslated labels; the Sources list, whose
 * titles and publishers stay as published).
 */
async function englishLeft(page: Page): Promise<string[]> {
  const phrases = new Set<string>();
  for (const message of Object.values(en))
    for (const part of message.split(/\{[^{}]*\}|[{}#]/))
      for (const sentence of part.split(/[.:;()“”—–]/)) {
        const words = sentence.trim().split(/\s+/).filter(Boolean);
        if (words.length >= 3) phrases.add(words.join(" "));
      }
  const text: string = await page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.getElementById("root")!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[lang^="en"], #sources, [hidden], .sr-only') || !el.checkVisibility()) continue;
      out.push(node.textContent ?? "");
    }
    return out.join(" ").replace(/\s+/g, " ");
  });
  return [...phrases].filter((p) => text.includes(p));
}

for (const lang of ["az", "ru"] as const) {
  test(`${lang}: a deep link opens in its language, every panel drawn, nothing left in English, axe clean`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/?year=2024`);
    await expectPanelsIn(page, lang, "2024");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await expect(page).toHaveTitle(msg(lang, "app.documentTitle"));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(msg(lang, "app.title"));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", "/");
    // The charts are drawn, with their legends in the language.
    const trade = page.getByRole("region", { name: msg(lang, "trade.title"), exact: true });
    await expect(trade.locator("[data-chart] svg.recharts-surface")).toBeVisible();
    await expect(trade.getByText(msg(lang, "trade.turnover"), { exact: true }).first()).toBeVisible();
    expect(search(page)).toBe("?year=2024");
    expect(await englishLeft(page)).toEqual([]);
    const results = await new AxeBuilder({ page }).options({ rules: { "target-size": { enabled: true } } }).analyze();
    expect(
      results.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("the switcher changes the language and keeps the whole view; Back and Forward restore each", async ({ page }) => {
  await page.goto("/?year=2023&sector=energy&table=trade");
  await expectPanelsIn(page, "en", "2023");
  const switcher = page.getByRole("navigation", { name: msg("en", "language.label") });
  await expect(switcher.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  await switcher.getByRole("link", { name: "Русский" }).click();

  await expect.poll(() => new URL(page.url()).pathname).toBe("/ru/");
  expect(search(page)).toBe("?year=2023&sector=energy&table=trade");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expectPanelsIn(page, "ru", "2023");
  const trade = page.getByRole("region", { name: msg("ru", "trade.title"), exact: true });
  await expect(trade.getByRole("table")).toBeVisible();
  await expect(page.getByRole("region", { name: msg("ru", "exports.title"), exact: true })).toHaveAttribute(
    "data-sectors",
    "energy",
  );
  // The focus stays on the switcher, now on the chosen language.
  await expect(page.getByRole("link", { name: "Русский" })).toBeFocused();
  await expect(page.getByRole("link", { name: "Русский" })).toHaveAttribute("aria-current", "true");

  await page.goBack();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expectPanelsIn(page, "en", "2023");
  await expect(page.getByRole("region", { name: "Trade turnover" }).getByRole("table")).toBeVisible();

  await page.goForward();
  await expect.poll(() => new URL(page.url()).pathname).toBe("/ru/");
  await expectPanelsIn(page, "ru", "2023");

  // Reload keeps it, prerendered or not.
  await page.reload();
  await expectPanelsIn(page, "ru", "2023");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  // A year change in Russian stays in Russian.
  await page.getByRole("combobox", { name: msg("ru", "filters.year") }).selectOption("2024");
  await expect
    .poll(() => `${new URL(page.url()).pathname}${search(page)}`)
    .toBe("/ru/?year=2024&sector=energy&table=trade");
});

test("an unknown language falls back to English with a notice; the rest of the link applies", async ({ page }) => {
  await page.goto("/de/?year=2024");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  for (const name of PANELS) await expect(page.getByRole("region", { name })).toHaveAttribute("data-year", "2024");
  await expect(
    page.getByRole("status").filter({ hasText: "“de” is not a language of this page; showing English" }),
  ).toBeVisible();
  await expect.poll(() => `${new URL(page.url()).pathname}${search(page)}`).toBe("/?year=2024");
});

test("downloads in Russian: CSV header and SVG title in Russian, the file names say so", async ({ page }) => {
  await page.goto("/ru/?year=2024");
  await expectPanelsIn(page, "ru", "2024");
  const title = msg("ru", "trade.title");
  const trade = page.getByRole("region", { name: title, exact: true });
  await expect(trade.locator("[data-chart] svg.recharts-surface")).toBeVisible();
  const get = async (format: "CSV" | "SVG") => {
    await trade.getByLabel(msg("ru", "download.menu", { title }), { exact: true }).click();
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      trade.getByRole("menuitem", { name: msg("ru", "download.as", { title, format }) }).click(),
    ]);
    return { name: file.suggestedFilename(), text: (await readFile(await file.path())).toString("utf8") };
  };
  const csv = await get("CSV");
  expect(csv.name).toMatch(/^az-us-trade-turnover-.*-ru\.csv$/);
  const header = csv.text.replace(/^\uFEFF/, "").split(/\r?\n/)[0] ?? "";
  expect(header).toContain(msg("ru", "export.col.periodStart"));
  expect(header).not.toContain("Period start");
  const svg = await get("SVG");
  expect(svg.name).toMatch(/-ru\.svg$/);
  expect(svg.text).toContain(msg("ru", "trade.title"));
});

test("Russian, the longest language, fits a 360 px phone: no sideways scroll, no clipped control", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/ru/");
  await expectPanelsIn(page, "ru");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const clipped = await page.evaluate(() =>
    [...document.querySelectorAll("button, a, select, summary, label, h1, h2, h3, th")]
      .filter((el) => el instanceof HTMLElement && el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).overflowX !== "visible" && !el.classList.contains("skip-link"))
      .map((el) => (el.textContent ?? "").trim().slice(0, 40)),
  );
  expect(clipped).toEqual([]);
});
