import { useCallback, useRef, useState } from "react";
import { t } from "../lib/messages";

/** How many more entries of a list that grows with the data one "Show more" adds. */
export const LIST_STEP = 50;

/**
 * The length of a list shown a step at a time: `initial` entries, then LIST_STEP more on each
 * request, so a dataset with thousands of companies or events never puts them all in the
 * page at once; the rest in one go when it fits in one step.
 */
export function useListLimit(initial: number) {
  const [limit, setLimit] = useState(initial);
  // Stable, for effects that follow links to an entry.
  const reveal = useCallback(
    (index: number) => setLimit((l) => Math.max(l, Math.ceil((index + 1) / LIST_STEP) * LIST_STEP)),
    [],
  );
  return {
    limit,
    expanded: limit > initial,
    more: (total: number) => setLimit((l) => (total - l <= LIST_STEP ? total : l + LIST_STEP)),
    reset: () => setLimit(initial),
    /** Enough to hold entry `index` (a link to it). */
    reveal,
  };
}

/** What ShowMore drives: a list limit (useListLimit) or any other window that grows. */
export interface ListControl {
  expanded: boolean;
  more: (total: number) => void;
  reset: () => void;
}

/**
 * The controls under such a list: "Show all …" (its own wording, `allLabel`) while the rest fits
 * in one step, "Show 50 more (120 of 2,000 shown)" while it does not, and "Show fewer" once
 * expanded. The button keeps the focus, and stays where the reader's eye is: after the list.
 */
export function ShowMore({
  shown,
  total,
  allLabel,
  fewerLabel,
  list,
}: {
  shown: number;
  total: number;
  /** "Show all 21 companies": the button's label when one step shows the rest. */
  allLabel: string;
  fewerLabel: string;
  list: ListControl;
}) {
  const main = useRef<HTMLButtonElement>(null);
  const left = total - shown;
  if (left <= 0 && !list.expanded) return null;
  // One button that changes its words (never removed and replaced), so it keeps the focus. As
  // "Show all" / "Show fewer" it is a disclosure (aria-expanded); as "Show 50 more" it is not.
  const primary =
    left <= 0
      ? { label: fewerLabel, expanded: true, act: list.reset }
      : left <= LIST_STEP
        ? { label: allLabel, expanded: false, act: () => list.more(total) }
        : {
            label: t("common.showMore", { step: LIST_STEP, shown, total }),
            expanded: undefined,
            act: () => list.more(total),
          };
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      <button ref={main} type="button" className="btn" aria-expanded={primary.expanded} onClick={primary.act}>
        {primary.label}
      </button>
      {left > 0 && list.expanded && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            // This button goes with the fewer entries: the focus moves to the one that stays.
            list.reset();
            main.current?.focus();
          }}
        >
          {fewerLabel}
        </button>
      )}
    </div>
  );
}
