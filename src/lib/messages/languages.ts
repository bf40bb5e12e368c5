/** The dashboard's languages and their Intl locales. The language is part of the view (see url-codec.ts). */
import type { messages as english } from "./catalog-en";

export const LANGUAGES = ["en", "az", "ru"] as const;
export type Language = (typeof LANGUAGES)[number];
/** English is the default and is left out of the address. */
export const DEFAULT_LANGUAGE: Language = "en";

/** Every number, date and plural rule on screen is formatted for this locale. */
export const INTL_LOCALE: Record<Language, string> = { en: "en", az: "az-Latn-AZ", ru: "ru-RU" };

/** Each language's name in itself, for the switcher (never translated). */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", az: "Azərbaycanca", ru: "Русский" };

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

export type MessageKey = keyof typeof english;
/** A translation: every English key, nothing else (checked by the compiler and by catalog.test.ts). */
export type Catalog = Record<MessageKey, string>;
