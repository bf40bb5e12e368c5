import { useMemo, useRef, type Ref } from "react";
import { MenuButton, type MenuItem } from "../components/menu-button";
import { useResource } from "../data-source/queries";
import { SECTOR_IDS } from "../data-source/sector-ids";
import { pickableYears } from "../data-source/pickable-years";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useCompareYear, useDefaultYear, useFocusYear } from "../state/focus-year";
import { CiteButton, CopyLinkButton } from "./copy-buttons";

function useYearOptions(focus: number | null): number[] {
  const trade = useResource("trade");
  const investment = useResource("investment");
  return useMemo(() => {
    const years = pickableYears(trade.data?.records ?? [], investment.data?.records ?? []);
    return focus === null || years.includes(focus) ? years : [...years, focus].sort((a, b) => b - a);
  }, [trade.data, investment.data, focus]);
}

export function FilterBar() {
  const year = useFocusYear();
  const { year: defaultYear } = useDefaultYear();
  const years = useYearOptions(year);
  const sectors = useFilterStore((s) => s.sectors);
  const selectYear = useFilterStore((s) => s.selectYear);
  const clearSectors = useFilterStore((s) => s.clearSectors);
  const sectorButton = useRef<HTMLButtonElement>(null);

  return (
    <div className="flex flex-wrap items-center gap-x-2 gap-y-1.5 sm:gap-x-3">
      <label className="flex items-center gap-1.5 text-sm">
        <span className="sr-only font-medium sm:not-sr-only">{t("filters.year")}</span>
        <select
          name="year"
          className="input"
          value={year ?? ""}
          onChange={(e) => selectYear(Number(e.target.value))}
          disabled={years.length === 0}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y === defaultYear ? t("filters.yearDefault", { year: y }) : y}
            </option>
          ))}
        </select>
      </label>
      <CompareSelect years={years} year={year} />
      <div className="relative flex items-center gap-1.5 text-sm">
        <span className="hidden font-medium sm:inline" aria-hidden="true">
          {t("filters.sector")}
        </span>
        <SectorMenu buttonRef={sectorButton} />
      </div>
      {sectors.length > 0 && (
        <button
          type="button"
          className="btn"
          onClick={() => {
            clearSectors();
            sectorButton.current?.focus(); // this button disappears with the filter
          }}
        >
          {t("filters.clearSectors")}
        </button>
      )}
      <CopyLinkButton />
      <CiteButton />
    </div>
  );
}

/** The year to compare the focus year with: every other pickable year, or none. */
function CompareSelect({ years, year }: { years: readonly number[]; year: number | null }) {
  const vs = useCompareYear();
  const selectCompareYear = useFilterStore((s) => s.selectCompareYear);
  // A comparison year from a link that no figure is for is still listed, so the control says what is shown.
  const options = useMemo(
    () => (vs === null || years.includes(vs) ? years : [...years, vs].sort((a, b) => b - a)).filter((y) => y !== year),
    [years, vs, year],
  );
  return (
    <label className="flex items-center gap-1.5 text-sm">
      {/* Named on phones by its label (hidden there, as the Year's is) and by its options ("vs 2022"). */}
      <span className="sr-only font-medium sm:not-sr-only">{t("filters.compare")}</span>
      <select
        name="vs"
        className="input"
        value={vs ?? ""}
        onChange={(e) => selectCompareYear(e.target.value === "" ? null : Number(e.target.value))}
        disabled={options.length === 0}
      >
        <option value="">{t("filters.compareNone")}</option>
        {options.map((y) => (
          <option key={y} value={y}>
            {t("filters.compareOption", { year: y })}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A menu of checkable sectors: Space or Enter toggles one and keeps the menu open. */
function SectorMenu({ buttonRef }: { buttonRef: Ref<HTMLButtonElement> }) {
  const sectors = useFilterStore((s) => s.sectors);
  const toggleSector = useFilterStore((s) => s.toggleSector);
  const clearSectors = useFilterStore((s) => s.clearSectors);
  const summary =
    sectors.length === 0
      ? t("filters.allSectors")
      : sectors.length <= 2
        ? sectors.map((s) => t(`sector.${s}`)).join(", ")
        : t("filters.sectorsSelected", { count: sectors.length });
  const items: MenuItem[] = [
    { key: "all", label: t("filters.allSectors"), checked: sectors.length === 0, onSelect: clearSectors },
    ...SECTOR_IDS.map((id) => ({
      key: id,
      label: t(`sector.${id}`),
      checked: sectors.includes(id),
      onSelect: () => toggleSector(id),
    })),
  ];
  return (
    <MenuButton
      buttonRef={buttonRef}
      label={`${t("filters.sector")}: ${summary}`}
      buttonClassName="input inline-flex items-center gap-1 text-left"
      buttonContent={
        <>
          {summary} <span aria-hidden="true">▾</span>
        </>
      }
      items={items}
    />
  );
}
