import { PanelErrorBoundary } from "../components/panel-error-boundary";
import { t } from "../lib/messages";
import { PANEL_REGISTRY } from "./panel-registry";

/**
 * The panels in registry order, each behind its error boundary. The first (trade, the chart
 * most questions start from) takes the full width; the others go in two stacks side by side on
 * wide screens (first half left, second half right: the reading and tab order is the registry's
 * on every width), one on a phone. Two stacks, not CSS columns: balancing columns lays out
 * every panel again on each change (about 40 ms of a year change); a stack lays out only what
 * changed, and a panel that grows never moves another to the other column.
 */
export function PanelGrid() {
  const [first, ...rest] = PANEL_REGISTRY;
  const half = Math.ceil(rest.length / 2);
  const stacks = [rest.slice(0, half), rest.slice(half)];
  return (
    <div className="mx-auto w-full max-w-7xl px-4">
      {first && (
        <div className="mb-4">
          <PanelErrorBoundary id={first.id} title={t(first.title)} description={t(first.description)}>
            <first.Component />
          </PanelErrorBoundary>
        </div>
      )}
      <div className="lg:grid lg:grid-cols-2 lg:items-start lg:gap-4">
        {stacks.map((stack, i) => (
          <div key={i} className="min-w-0">
            {stack.map(({ key, id, title, description, Component }) => (
              <div key={key} className="mb-4">
                <PanelErrorBoundary id={id} title={t(title)} description={t(description)}>
                  <Component />
                </PanelErrorBoundary>
              </div>
            ))}
          </div>
        ))}
      </div>
    </div>
  );
}
