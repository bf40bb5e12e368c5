/**
 * Attaches each registered panel (src/lib/panels.ts: key, id, title, description) to its
 * component. Typed by key, so a panel added to the registry without a component, or a
 * component without a registry entry, fails the typecheck.
 */
import type { ComponentType } from "react";
import { PANELS, type PanelKey, type PanelMeta } from "../lib/panels";
import { CompaniesPanel } from "../panels/companies/companies-panel";
import { ExportCompositionPanel } from "../panels/export-composition/export-composition-panel";
import { InvestmentPanel } from "../panels/investment/investment-panel";
import { MilestonesPanel } from "../panels/milestones/milestones-panel";
import { TradeTurnoverPanel } from "../panels/trade-turnover/trade-turnover-panel";

const COMPONENTS: Record<PanelKey, ComponentType> = {
  trade: TradeTurnoverPanel,
  exports: ExportCompositionPanel,
  fdi: InvestmentPanel,
  companies: CompaniesPanel,
  milestones: MilestonesPanel,
};

export const PANEL_REGISTRY: ReadonlyArray<PanelMeta & { key: PanelKey; Component: ComponentType }> = PANELS.map(
  (meta) => ({ ...meta, Component: COMPONENTS[meta.key] }),
);
