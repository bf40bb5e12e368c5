import { focusPanelHeading } from "./panel-frame";

/**
 * The way out of an empty state: one button per year that has data. The buttons vanish
 * once a year is chosen, so focus moves to the panel's heading instead of the page top.
 */
export function YearLinks({
  years,
  panelId,
  onSelectYear,
  label = String,
}: {
  years: readonly number[];
  panelId: string;
  onSelectYear: (year: number) => void;
  label?: (year: number) => string;
}) {
  return years.map((y) => (
    <button
      key={y}
      type="button"
      className="chip"
      onClick={() => {
        onSelectYear(y);
        focusPanelHeading(panelId);
      }}
    >
      {label(y)}
    </button>
  ));
}
