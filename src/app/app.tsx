import { PanelErrorBoundary } from "../components/panel-error-boundary";
import { t } from "../lib/messages";
import { CompaniesPanel } from "../panels/companies/companies-panel";
import { ExportCompositionPanel } from "../panels/export-composition/export-composition-panel";
import { HeadlineStrip } from "../panels/trade-turnover/headline-strip";
import { InvestmentPanel } from "../panels/investment/investment-panel";
import { MilestonesPanel } from "../panels/milestones/milestones-panel";
import { TradeTurnoverPanel } from "../panels/trade-turnover/trade-turnover-panel";
import { useDefaultYear } from "../state/focus-year";
import { useUrlSync } from "../state/url-sync";
import { ConfigNotice } from "./config-notice";
import { FilterBar } from "./filter-bar";
import { Footer } from "./footer";
import { SourcesSection } from "./sources-section";
import { UrlNotice } from "./url-notice";

const PANELS = [
  {
    id: "trade-turnover",
    title: t("trade.title"),
    description: t("trade.description"),
    Panel: TradeTurnoverPanel,
  },
  {
    id: "export-composition",
    title: t("exports.title"),
    description: t("exports.description"),
    Panel: ExportCompositionPanel,
  },
  {
    id: "foreign-direct-investment",
    title: t("fdi.title"),
    description: t("fdi.description"),
    Panel: InvestmentPanel,
  },
  {
    id: "companies-present",
    title: t("companies.title"),
    description: t("companies.description"),
    Panel: CompaniesPanel,
  },
  {
    id: "milestones",
    title: t("milestones.title"),
    description: t("milestones.description"),
    Panel: MilestonesPanel,
  },
] as const;

export function App() {
  const { year: defaultYear } = useDefaultYear();
  useUrlSync(defaultYear);
  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <a href="#panels" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex w-full max-w-7xl flex-col gap-3 px-4 py-4 lg:flex-row lg:items-end lg:justify-between">
          <div>
            <h1 className="text-xl font-bold sm:text-2xl">{t("app.title")}</h1>
            <p className="text-sm text-slate-600">{t("app.subtitle")}</p>
          </div>
          <FilterBar />
        </div>
      </header>
      <main id="panels" tabIndex={-1} className="flex flex-1 flex-col gap-4 py-4">
        <ConfigNotice />
        <UrlNotice />
        <PanelErrorBoundary id="headline" title={t("headline.title")} description="">
          <HeadlineStrip />
        </PanelErrorBoundary>
        <div className="mx-auto grid w-full max-w-7xl grid-cols-1 items-start gap-4 px-4 xl:grid-cols-2">
          {PANELS.map(({ id, title, description, Panel }) => (
            <PanelErrorBoundary key={id} id={id} title={title} description={description}>
              <Panel />
            </PanelErrorBoundary>
          ))}
        </div>
        <PanelErrorBoundary id="sources" title={t("sources.title")} description="">
          <SourcesSection />
        </PanelErrorBoundary>
      </main>
      <Footer />
    </div>
  );
}
