import { useRef } from "react";
import { PanelErrorBoundary } from "../components/panel-error-boundary";
import { t } from "../lib/messages";
import { PopoverGroupProvider } from "../components/provenance-popover";
import { SourcesProvider } from "../components/sources-context";
import { ViewTablesProvider } from "../components/view-tables";
import { HeadlineStrip } from "../panels/trade-turnover/headline-strip";
import { useDefaultYear } from "../state/focus-year";
import { useUrlSync } from "../state/url-sync";
import { usePrepareLanguage } from "../data-source/queries";
import { LanguageSwitcher } from "./language-switcher";
import { ConfigNotice } from "./config-notice";
import { DataChangeNotice } from "./data-change-notice";
import { FilterBar } from "./filter-bar";
import { Footer } from "./footer";
import { Lead } from "./lead";
import { OfflineNotice } from "./offline-notice";
import { PanelGrid } from "./panel-grid";
import { SourcesSection } from "./sources-section";
import { ThemeSwitcher } from "./theme-switcher";
import { UpdateNotice } from "./update-notice";
import { UrlNotice } from "./url-notice";

/** The page inside its providers: the sources list, the panels' tables (for citations), one open popover. */
export function App() {
  return (
    <SourcesProvider>
      <ViewTablesProvider>
        <PopoverGroupProvider>
          <Page />
        </PopoverGroupProvider>
      </ViewTablesProvider>
    </SourcesProvider>
  );
}

function Page() {
  const main = useRef<HTMLElement>(null);
  const { year: defaultYear } = useDefaultYear();
  useUrlSync(defaultYear, usePrepareLanguage());
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <a href="#panels" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <header className="bg-white">
        <div className="mx-auto flex w-full max-w-7xl flex-wrap items-start justify-between gap-x-4 gap-y-1 px-4 pt-4 pb-2">
          <div className="min-w-0">
            <h1 className="text-xl font-bold sm:text-2xl">{t("app.title")}</h1>
            <p className="text-sm text-slate-600">{t("app.subtitle")}</p>
          </div>
          <div className="flex flex-wrap items-start justify-end gap-2">
            <LanguageSwitcher />
            <ThemeSwitcher />
          </div>
        </div>
      </header>
      {/* The filters stay in reach while the page scrolls, on a phone too. */}
      <section
        aria-label={t("filters.label")}
        className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 shadow-sm backdrop-blur"
      >
        <div className="mx-auto w-full max-w-7xl px-4 py-1.5 sm:py-2">
          <FilterBar />
        </div>
      </section>
      <main ref={main} id="panels" tabIndex={-1} className="flex flex-1 flex-col gap-4 py-4">
        <ConfigNotice />
        <OfflineNotice />
        <UrlNotice focusAfter={main} />
        <DataChangeNotice focusAfter={main} />
        <PanelErrorBoundary id="lead" title={t("headline.title")} description="">
          <Lead />
        </PanelErrorBoundary>
        <PanelErrorBoundary id="headline" title={t("headline.title")} description="">
          <HeadlineStrip />
        </PanelErrorBoundary>
        <PanelGrid />
        <PanelErrorBoundary id="sources" title={t("sources.title")} description="">
          <SourcesSection />
        </PanelErrorBoundary>
      </main>
      <Footer />
      <UpdateNotice />
    </div>
  );
}
