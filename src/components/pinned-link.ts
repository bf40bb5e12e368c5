/**
 * The link "Copy link", "Cite this view" and image bylines give: this view with the year
 * always written out (and the sectors and table views), so a link made today still opens
 * the same view after a newer year of figures becomes the default, and the data version it
 * was made with (`data=`), so a reader opening it later is told what changed since. The
 * address bar keeps the short canonical form while browsing.
 */
import { useDataVersion } from "../data-source/queries";
import { encode, type FilterState } from "../state/url-codec";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";

function pinnedLink(
  state: FilterState,
  focusYear: number | null,
  version: string | null,
  location: Location = window.location,
): string {
  const query = encode({ ...state, year: state.year ?? focusYear }, null);
  const pin = version === null ? "" : `${query === "" ? "?" : "&"}data=${version}`;
  return `${location.origin}${location.pathname}${query}${pin}`;
}

/** Reads the filters at call time (a click), so the link is never a render behind. */
export function usePinnedLink(): () => string {
  const focusYear = useFocusYear();
  const version = useDataVersion()?.version ?? null;
  return () => {
    const { year, sectors, tables, vs } = useFilterStore.getState();
    return pinnedLink({ year, sectors, tables, vs }, focusYear, version);
  };
}
