/**
 * The build's server-render entry (bundled by `vite build --ssr` in scripts/prerender.mjs):
 * reads and validates the dataset directory as the build does, and renders views of it, in
 * each language (every catalog is registered here; the browser fetches only its own).
 */
import { registerAllCatalogs } from "../src/lib/messages/all-catalogs.ts";
import type { ResourceMap } from "../src/data-source/data-source.ts";
import { activateLanguage, LANGUAGES, t, type Language } from "../src/lib/messages/index.ts";
import { localizeShell } from "../src/lib/prerender-view.ts";
import { renderBundledView, type LabelFiles } from "../src/prerender/render-view.tsx";
import { languagePath } from "../src/lib/language-path.ts";
import { PREVIEW_SIZE, parseSiteOrigin } from "../src/lib/social-meta.ts";
import { robotsTxt, sitemapXml } from "../src/lib/crawler-files.ts";
import { previewPath, withSocialMeta, type SocialOptions } from "../src/prerender/page-social.ts";
import { embedPath } from "../src/lib/embed-path.ts";
import { PANEL_KEYS, panelTitle, type PanelKey } from "../src/lib/panels.ts";
import { datasetHash } from "./dataset-hash.ts";
import { loadDataset, loadLabelFiles } from "./load-dataset.ts";

export {
  datasetHash,
  embedPath,
  LANGUAGES,
  languagePath,
  PANEL_KEYS,
  parseSiteOrigin,
  PREVIEW_SIZE,
  previewPath,
  robotsTxt,
  sitemapXml,
};

registerAllCatalogs();

const loaded = new Map<string, { dataset: ResourceMap; labels: LabelFiles }>();

function dataOf(dataDir: string) {
  let data = loaded.get(dataDir);
  if (!data) {
    const dataset = loadDataset(dataDir);
    data = { dataset, labels: loadLabelFiles(dataDir, dataset) };
    loaded.set(dataDir, data);
  }
  return data;
}

export function renderBundled(
  dataDir: string,
  language: Language,
  search: string,
  charts: ReadonlyMap<string, string>,
) {
  const { dataset, labels } = dataOf(dataDir);
  return renderBundledView(dataset, labels, language, search, charts);
}

/**
 * index.html as one language's page (see localizeShell). `catalogs`: each language's catalog
 * chunk as the Vite manifest names it; `base`: the app's base path.
 */
export function shellFor(
  shell: string,
  language: Language,
  catalogs: Partial<Record<Language, string>>,
  base = "/",
): string {
  activateLanguage(language);
  return localizeShell(shell, {
    language,
    title: t("app.documentTitle"),
    description: t("app.metaDescription"),
    noscript: t("app.noscript"),
    alternates: LANGUAGES.map((l) => ({ language: l, href: languagePath(l, base), isDefault: l === "en" })),
    catalog: catalogs[language] ?? null,
  });
}

/** A language's page with its Open Graph and Twitter card tags (src/prerender/page-social.ts). */
export function withSocial(page: string, dataDir: string, language: Language, options: SocialOptions): string {
  return withSocialMeta(page, dataOf(dataDir).dataset, language, options);
}

/**
 * index.html as a panel's chart-only view in one language (dist/az/embed/trade/index.html):
 * client-rendered, with the panel's title and a noscript line of its own.
 */
export function embedShellFor(
  shell: string,
  language: Language,
  catalogs: Partial<Record<Language, string>>,
  panel: PanelKey,
  base = "/",
): string {
  activateLanguage(language);
  return localizeShell(shell, {
    language,
    title: t("embed.documentTitle", { title: panelTitle(panel), app: t("app.title") }),
    description: t("app.metaDescription"),
    noscript: t("embed.noscript"),
    alternates: LANGUAGES.map((l) => ({ language: l, href: embedPath(l, panel, base), isDefault: l === "en" })),
    catalog: catalogs[language] ?? null,
  });
}

export { drawingBlock, pageWithView } from "../src/lib/prerender-view.ts";
