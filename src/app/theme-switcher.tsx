import { MenuButton } from "../components/menu-button";
import { t } from "../lib/messages";
import { THEME_CHOICES } from "../lib/theme";
import { setThemeChoice, useThemeChoice } from "../state/theme-choice";

/**
 * The colour theme, as a menu button with three radio items (System, Light, Dark): the WAI-ARIA
 * menu pattern of MenuButton. The choice stays on this device and out of every link.
 */
export function ThemeSwitcher() {
  const choice = useThemeChoice();
  const label = t("theme.button", { choice });
  return (
    <MenuButton
      label={label}
      buttonClassName="btn min-h-6 py-1 text-sm"
      buttonContent={
        <>
          <span aria-hidden="true" className="sm:mr-1">
            ◐
          </span>
          {/* On phones the button is its icon (named by aria-label), so it fits beside the languages. */}
          <span className="sr-only sm:not-sr-only">{label}</span>
        </>
      }
      items={THEME_CHOICES.map((c) => ({
        key: c,
        label: t(`theme.${c}`),
        checked: c === choice,
        radio: true,
        onSelect: () => setThemeChoice(c),
      }))}
    />
  );
}
