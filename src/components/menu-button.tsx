import { lazy, Suspense, useId, useImperativeHandle, useState, type ReactNode, type Ref } from "react";

const loadMenu = () => import("./menu-list");
const MenuList = lazy(loadMenu);
function preloadMenu(): void {
  void loadMenu();
}

export interface MenuItem {
  key: string;
  /** Visible text; also what type-ahead matches. */
  label: string;
  /** Accessible name when it says more than the label ("Download Trade turnover as CSV"). */
  name?: string;
  /** A checkable item (menuitemcheckbox): toggling keeps the menu open. */
  checked?: boolean;
  /** One of a set of choices (menuitemradio, with `checked`): choosing one closes the menu. */
  radio?: boolean;
  /** Disabled items stay focusable (ARIA menu pattern) and say why via `describedBy`. */
  disabled?: boolean;
  describedBy?: string;
  onSelect: () => void;
}

/**
 * A button that opens a menu (WAI-ARIA menu button): Enter, Space or ArrowDown open it on the
 * first item, ArrowUp on the last, a click opens it with the menu focused; Escape or an
 * activation return focus to the button. The menu's code loads on first use, fetched ahead
 * when a pointer or focus reaches the button.
 */
export function MenuButton({
  label,
  buttonClassName = "btn",
  buttonContent,
  items,
  footer,
  onOpenChange,
  buttonRef,
}: {
  /** The button's accessible name. */
  label: string;
  buttonClassName?: string;
  buttonContent: ReactNode;
  items: readonly MenuItem[];
  /** Text under the items (e.g. why some are disabled). */
  footer?: ReactNode;
  /** Told before the menu opens or closes (e.g. to check what the items can do now). */
  onOpenChange?: (open: boolean) => void;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const [open, setOpenState] = useState(false);
  const [initialIndex, setInitialIndex] = useState<number | null>(null);
  const [button, setButtonState] = useState<HTMLButtonElement | null>(null);
  const id = useId();
  // The caller's ref to the button (e.g. to focus it), without writing to a prop.
  useImperativeHandle(buttonRef, () => button as HTMLButtonElement, [button]);
  const setOpen = (next: boolean, index: number | null = null) => {
    onOpenChange?.(next);
    setInitialIndex(index);
    setOpenState(next);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button?.focus();
  };

  return (
    <>
      <button
        ref={setButtonState}
        type="button"
        className={buttonClassName}
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onPointerEnter={preloadMenu}
        onFocus={preloadMenu}
        onClick={(e) => {
          // A keyboard "click" (Enter, Space) opens on the first item; a pointer click on the menu.
          if (open) setOpen(false);
          else setOpen(true, e.detail === 0 ? 0 : null);
        }}
        onKeyDown={(e) => {
          if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
          e.preventDefault();
          setOpen(true, e.key === "ArrowDown" ? 0 : items.length - 1);
        }}
      >
        {buttonContent}
      </button>
      {open && button && (
        <Suspense fallback={null}>
          <MenuList
            reference={button}
            id={id}
            label={label}
            items={items}
            footer={footer}
            initialIndex={initialIndex}
            onClose={close}
          />
        </Suspense>
      )}
    </>
  );
}
