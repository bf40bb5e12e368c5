import { useId, useRef, type KeyboardEvent, type ReactNode } from "react";

export interface EmbedTab<K extends string> {
  key: K;
  label: string;
}

/**
 * The WAI-ARIA tabs pattern with automatic activation: one tab in the tab order (roving
 * tabindex), Left/Right arrows move to the previous/next tab and wrap, Home/End to the first
 * and last, and the tab that gets focus is shown. Only the selected panel is rendered; the
 * others stay as empty, hidden tab panels so every tab's aria-controls names an element.
 */
export function EmbedTabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
  children,
}: {
  label: string;
  tabs: readonly EmbedTab<K>[];
  selected: K;
  onSelect: (key: K) => void;
  /** The selected tab's content. */
  children: ReactNode;
}) {
  const base = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const tabId = (key: K) => `${base}-tab-${key}`;
  const panelId = (key: K) => `${base}-panel-${key}`;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const last = tabs.length - 1;
    const target =
      event.key === "ArrowRight"
        ? index === last
          ? 0
          : index + 1
        : event.key === "ArrowLeft"
          ? index === 0
            ? last
            : index - 1
          : event.key === "Home"
            ? 0
            : event.key === "End"
              ? last
              : null;
    const tab = target === null ? undefined : tabs[target];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div className="flex min-h-0 flex-col">
      <div
        role="tablist"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="flex gap-1 border-b border-slate-300 text-sm"
      >
        {tabs.map((tab) => {
          const active = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(node) => {
                if (node) refs.current.set(tab.key, node);
                else refs.current.delete(tab.key);
              }}
              type="button"
              role="tab"
              id={tabId(tab.key)}
              aria-selected={active}
              aria-controls={panelId(tab.key)}
              tabIndex={active ? 0 : -1}
              onClick={() => onSelect(tab.key)}
              className={
                "-mb-px min-h-8 rounded-t-md border px-3 py-1 font-medium " +
                (active
                  ? "border-slate-300 border-b-white bg-white text-slate-900 underline decoration-2 underline-offset-4"
                  : "border-transparent text-slate-700 hover:bg-slate-100")
              }
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={panelId(tab.key)}
          aria-labelledby={tabId(tab.key)}
          hidden={tab.key !== selected}
          tabIndex={tab.key === selected ? 0 : undefined}
          className="flex min-w-0 flex-col gap-3 pt-3"
        >
          {tab.key === selected && children}
        </div>
      ))}
    </div>
  );
}
