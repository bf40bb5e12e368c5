/**
 * Each language's link-preview tags (src/lib/social-meta.ts), written by the build's prerender
 * into every page it ships: the page's title and description, its locale and the others', and
 * the preview image the build drew of the default view (its lead and trade chart).
 */
import type { ResourceMap } from "../data-source/data-source";
import { languagePath } from "../lib/language-path";
import { activateLanguage, LANGUAGES, t, type Language } from "../lib/messages";
import { PREVIEW_FILE, siteUrl, withSocialTags, type SocialMeta } from "../lib/social-meta";
import { latestFullTradeYear } from "../state/focus-year";

/** Open Graph writes locales as language_TERRITORY. */
const OG_LOCALE: Record<Language, string> = { en: "en_US", az: "az_AZ", ru: "ru_RU" };

export interface SocialOptions {
  /** SITE_ORIGIN (parseSiteOrigin), or null: the addresses are then root-relative. */
  origin: string | null;
  /** Whether the build drew this language's preview image. */
  image: boolean;
  base?: string;
}

/** The preview image's address for a language ("/az/preview.png"). */
export function previewPath(language: Language, base = "/"): string {
  return `${languagePath(language, base)}${PREVIEW_FILE}`;
}

function socialMeta(dataset: ResourceMap, language: Language, options: SocialOptions): SocialMeta {
  const { origin, base = "/" } = options;
  activateLanguage(language);
  const year = latestFullTradeYear(dataset.trade.records);
  return {
    title: t("app.documentTitle"),
    description: t("app.metaDescription"),
    siteName: t("app.title"),
    locale: OG_LOCALE[language],
    alternateLocales: LANGUAGES.filter((l) => l !== language).map((l) => OG_LOCALE[l]),
    url: siteUrl(origin, languagePath(language, base)),
    image:
      options.image && year !== null
        ? { url: siteUrl(origin, previewPath(language, base)), alt: t("social.imageAlt", { year }) }
        : null,
  };
}

/** A language's page with its link-preview tags. */
export function withSocialMeta(page: string, dataset: ResourceMap, language: Language, options: SocialOptions) {
  return withSocialTags(page, socialMeta(dataset, language, options));
}
