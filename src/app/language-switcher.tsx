import { useState, type MouseEvent } from "react";
import { usePrepareLanguage } from "../data-source/queries";
import { activateLanguage, LANGUAGE_NAMES, LANGUAGES, t, type Language } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { languagePath } from "../state/url-codec";
import { BASE_PATH } from "../state/url-sync";

/** The switcher's link for a language, found again after the page re-renders in it. */
const linkId = (language: Language) => `language-${language}`;

/**
 * The page in each language, as links (they work without JavaScript, and each names its
 * language in itself, with `hreflang`). A click fetches the language first, then switches
 * the page in place: the view (year, sectors, tables, #fragment) stays, one history entry is
 * added, and the focus stays on the link.
 */
export function LanguageSwitcher() {
  const current = useFilterStore((s) => s.language);
  const prepare = usePrepareLanguage();
  const [failed, setFailed] = useState<Language | null>(null);
  const [loading, setLoading] = useState<Language | null>(null);
  const href = (language: Language) =>
    typeof window === "undefined"
      ? languagePath(language, BASE_PATH)
      : `${languagePath(language, BASE_PATH)}${window.location.search}${window.location.hash}`;

  const onClick = (language: Language) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    if (language === current || loading !== null) return;
    setLoading(language);
    setFailed(null);
    prepare(language).then(
      () => {
        setLoading(null);
        activateLanguage(language);
        useFilterStore.getState().setLanguage(language);
        // The page re-renders in the new language (app-root.tsx); keep the reader where they were.
        requestAnimationFrame(() => document.getElementById(linkId(language))?.focus());
      },
      () => {
        setLoading(null);
        setFailed(language);
      },
    );
  };

  return (
    <nav aria-label={t("language.label")} className="flex flex-col items-end gap-1">
      <ul className="flex gap-1 text-sm">
        {LANGUAGES.map((language) => (
          <li key={language}>
            <a
              id={linkId(language)}
              href={href(language)}
              hrefLang={language}
              lang={language}
              aria-current={language === current ? "true" : undefined}
              aria-busy={loading === language ? true : undefined}
              onClick={onClick(language)}
              className={
                "inline-flex min-h-6 items-center rounded px-2 py-1 underline-offset-2 " +
                (language === current
                  ? "bg-slate-800 font-semibold text-white"
                  : "text-blue-800 underline hover:bg-slate-100")
              }
            >
              {LANGUAGE_NAMES[language]}
            </a>
          </li>
        ))}
      </ul>
      {failed !== null && (
        <p role="alert" className="text-xs text-red-800">
          {t("language.switchFailed", { language: LANGUAGE_NAMES[failed] })}
        </p>
      )}
    </nav>
  );
}
