/* eslint-disable react-hooks/refs, @typescript-eslint/unbound-method --
   Floating UI's `refs.setReference` / `refs.setFloating` are callback refs (setters), passed
   to elements as its docs show; they are not ref values read during render. */
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  offset,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useInteractions,
  useListNavigation,
  useMergeRefs,
  useRole,
  useTypeahead,
} from "@floating-ui/react";
import { useLayoutEffect, useRef, useState, type ReactNode, type Ref } from "react";

export interface MenuItem {
  key: string;
  /** Visible text; also what type-ahead matches. */
  label: string;
  /** Accessible name when it says more than the label ("Download Trade turnover as CSV"). */
  name?: string;
  /** A checkable item (menuitemcheckbox): toggling keeps the menu open. */
  checked?: boolean;
  /** Disabled items stay focusable (ARIA menu pattern) and say why via `describedBy`. */
  disabled?: boolean;
  describedBy?: string;
  onSelect: () => void;
}

/**
 * A button that opens a menu, with the WAI-ARIA menu button keyboard model from Floating UI:
 * Enter/Space/ArrowDown open it on the first item, ArrowUp on the last; arrows move, Home/End
 * jump, typing a letter jumps by label; Escape, Tab or a click outside close it, and focus
 * returns to the button. Positioned next to the button, flipping and shifting to stay on screen.
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
  const setOpen = (next: boolean) => {
    onOpenChange?.(next);
    setOpenState(next);
  };
  const [activeIndex, setActiveIndex] = useState<number | null>(null);
  const listRef = useRef<(HTMLElement | null)[]>([]);
  const labelsRef = useRef<(string | null)[]>([]);
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: "bottom-start",
    strategy: "absolute",
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(4),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableWidth, availableHeight, elements }) {
          elements.floating.style.maxWidth = `${Math.max(160, availableWidth)}px`;
          elements.floating.style.maxHeight = `${Math.max(160, availableHeight)}px`;
        },
      }),
    ],
  });
  const { getReferenceProps, getFloatingProps, getItemProps } = useInteractions([
    useClick(context),
    useRole(context, { role: "menu" }),
    useDismiss(context),
    // disabledIndices: [] keeps disabled items focusable, so their reason (aria-describedby) is read.
    useListNavigation(context, { listRef, activeIndex, onNavigate: setActiveIndex, loop: true, disabledIndices: [] }),
    useTypeahead(context, { listRef: labelsRef, activeIndex, onMatch: open ? setActiveIndex : undefined }),
  ]);
  // Type-ahead reads the labels at key press time.
  useLayoutEffect(() => {
    labelsRef.current = items.map((item) => item.label);
  });
  const setButton = useMergeRefs([refs.setReference, buttonRef]);
  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    item.onSelect();
    if (item.checked !== undefined) return; // a checkbox item keeps the menu open
    setOpen(false);
    const trigger = refs.domReference.current;
    if (trigger instanceof HTMLElement) trigger.focus();
  };

  return (
    <>
      <button ref={setButton} type="button" className={buttonClassName} aria-label={label} {...getReferenceProps()}>
        {buttonContent}
      </button>
      {open && (
        <FloatingFocusManager context={context} modal={false} initialFocus={-1}>
          <div ref={refs.setFloating} style={floatingStyles} className="menu-popup" {...getFloatingProps()}>
            {items.map((item, index) => (
              <button
                key={item.key}
                ref={(node) => {
                  listRef.current[index] = node;
                }}
                type="button"
                role={item.checked === undefined ? "menuitem" : "menuitemcheckbox"}
                aria-checked={item.checked}
                aria-label={item.name}
                aria-disabled={item.disabled || undefined}
                aria-describedby={item.describedBy}
                tabIndex={activeIndex === index ? 0 : -1}
                className="menu-item"
                {...getItemProps({
                  onClick: () => activate(item),
                  onKeyDown(e) {
                    // Space activates (ARIA menu pattern), even right after a type-ahead letter,
                    // where the type-ahead would otherwise take it as part of the typed text.
                    if (e.key !== " ") return;
                    e.preventDefault();
                    e.stopPropagation();
                    activate(item);
                  },
                })}
              >
                {item.checked !== undefined && (
                  <span aria-hidden="true" className="menu-check">
                    {item.checked ? "✓" : ""}
                  </span>
                )}
                {item.label}
              </button>
            ))}
            {footer}
          </div>
        </FloatingFocusManager>
      )}
    </>
  );
}
