/**
 * Text from the dataset as the page shows it in any language. A label the dataset has no
 * translation of keeps its English, marked as English (src/data-source/labels.ts); a source's
 * own words (quotes, "stated as") are never translated, and carry their language.
 */
import { isEnglish } from "../data-source/labels";
import { currentLanguage, t } from "../lib/messages";

/** One translatable field of a record: its text, marked "in English" when the page's language has none. */
export function DataText({ record, field, text }: { record: object; field: string; text: string }) {
  if (!isEnglish(record, field)) return <>{text}</>;
  return (
    <span lang="en">
      {text}{" "}
      <span className="english-tag" title={t("language.inEnglishTitle")} lang={currentLanguage()}>
        {t("language.inEnglish")}
      </span>
    </span>
  );
}

/**
 * The language of a source's own words: the dataset keeps them as published, in Russian
 * (Cyrillic) or in English (the sources' English editions, or an English rendering the note names).
 */
function sourceLanguage(text: string): "ru" | "en" {
  return /[\u0400-\u04FF]/.test(text) ? "ru" : "en";
}

/** A source's own words, kept in their language and marked with it. */
export function SourceWords({ text }: { text: string }) {
  return <span lang={sourceLanguage(text)}>{text}</span>;
}
