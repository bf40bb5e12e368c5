import { useRef } from "react";
import { EmbedContext } from "../components/embed-context";
import { PanelErrorBoundary } from "../components/panel-error-boundary";
import { PopoverGroupProvider } from "../components/provenance-popover";
import { SourcesProvider } from "../components/sources-context";
import { ViewTablesProvider } from "../components/view-tables";
import { usePrepareLanguage } from "../data-source/queries";
import { formatList } from "../lib/format";
import { t } from "../lib/messages";
import { useDefaultYear } from "../state/focus-year";
import { useFilterStore } from "../state/filter-store";
import { languagePath } from "../state/url-codec";
import { BASE_PATH, useUrlSync } from "../state/url-sync";
import { PANEL_REGISTRY } from "./panel-registry";
import { UrlNotice } from "./url-notice";

/**
 * One panel's chart-only view (/embed/<panel key>, /az/embed/…): no header, no filter bar, the
 * panel in its embed frame (tabs, filters in words, sources, a link back). Made to fit a frame
 * of about 640 × 480 px, and 360 px wide. The filters stay in the address, as on the dashboard.
 */
export function EmbedPage({ panel }: { panel: string }) {
  return (
    <EmbedContext.Provider value={true}>
      <SourcesProvider>
        <ViewTablesProvider>
          <PopoverGroupProvider>
            <Embed panel={panel} />
          </PopoverGroupProvider>
        </ViewTablesProvider>
      </SourcesProvider>
    </EmbedContext.Provider>
  );
}

function Embed({ panel }: { panel: string }) {
  const main = useRef<HTMLElement>(null);
  const { year: defaultYear } = useDefaultYear();
  useUrlSync(defaultYear, usePrepareLanguage());
  const entry = PANEL_REGISTRY.find((p) => p.key === panel);
  return (
    <main ref={main} tabIndex={-1} className="min-h-screen bg-white text-slate-900">
      <UrlNotice focusAfter={main} />
      {entry ? (
        <PanelErrorBoundary id={entry.id} title={t(entry.title)} description={t(entry.description)}>
          <entry.Component />
        </PanelErrorBoundary>
      ) : (
        <UnknownPanel panel={panel} />
      )}
    </main>
  );
}

function UnknownPanel({ panel }: { panel: string }) {
  const language = useFilterStore((s) => s.language);
  const key = panel.length > 40 ? `${panel.slice(0, 37)}…` : panel;
  return (
    <section aria-labelledby="embed-unknown" className="flex flex-col gap-2 p-4 text-sm">
      <h1 id="embed-unknown" className="text-lg font-semibold">
        {t("embed.unknownTitle")}
      </h1>
      <p>{t("embed.unknownText", { key, panels: formatList(PANEL_REGISTRY.map((p) => t(p.title))) })}</p>
      <p>
        <a href={languagePath(language, BASE_PATH)} target="_blank" rel="noopener" className="provenance-link">
          {t("embed.unknownLink")}
          <span className="sr-only"> {t("embed.newTab")}</span>
        </a>
      </p>
    </section>
  );
}
