import { PanelErrorBoundary } from "../components/panel-error-boundary";
import { t } from "../lib/messages";
import { PANEL_REGISTRY } from "./panel-registry";

/**
 * The panels in registry order, each behind its error boundary. The first (trade, the chart
 * most questions start from) takes the full width; the others flow in two balanced columns on
 * wide screens (CSS columns: no panel leaves a hole beside a taller one), one on a phone.
 */
export function PanelGrid() {
  const [first, ...rest] = PANEL_REGISTRY;
  return (
    <div className="mx-auto w-full max-w-7xl px-4">
      {first && (
        <div className="mb-4">
          <PanelErrorBoundary id={first.id} title={t(first.title)} description={t(first.description)}>
            <first.Component />
          </PanelErrorBoundary>
        </div>
      )}
      <div className="gap-4 lg:columns-2">
        {rest.map(({ key, id, title, description, Component }) => (
          <div key={key} className="mb-4 break-inside-avoid">
            <PanelErrorBoundary id={id} title={t(title)} description={t(description)}>
              <Component />
            </PanelErrorBoundary>
          </div>
        ))}
      </div>
    </div>
  );
}
