import { useFilterStore } from "../state/filter-store";
import { usePanelContext } from "./panel-context";

/**
 * The way out of an empty state: one button per year that has data. The buttons vanish
 * once a year is chosen, so focus moves to the panel's heading instead of the page top.
 */
export function YearLinks({ years, label = String }: { years: readonly number[]; label?: (year: number) => string }) {
  const selectYear = useFilterStore((s) => s.selectYear);
  const panel = usePanelContext();
  return years.map((y) => (
    <button
      key={y}
      type="button"
      className="chip"
      onClick={() => {
        selectYear(y);
        panel?.focusHeading();
      }}
    >
      {label(y)}
    </button>
  ));
}
