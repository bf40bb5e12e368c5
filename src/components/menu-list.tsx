/* eslint-disable react-hooks/refs, @typescript-eslint/unbound-method --
   Floating UI's `refs.setFloating` is a callback ref (a setter), passed to the element as its
   docs show; it is not a ref value read during render. */
/**
 * The open menu of a MenuButton, loaded on first use (Floating UI is not part of the first
 * view). The WAI-ARIA menu keyboard model from Floating UI: arrows move, Home/End jump,
 * typing a letter jumps by label, Space and Enter activate; Escape, Tab or a click outside
 * close it. Positioned next to the button, flipping and shifting to stay on screen.
 */
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  offset,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
  useListNavigation,
  useTypeahead,
} from "@floating-ui/react";
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { MenuItem } from "./menu-button";

export default function MenuList({
  reference,
  id,
  label,
  items,
  footer,
  initialIndex,
  onClose,
}: {
  reference: HTMLElement;
  id: string;
  label: string;
  items: readonly MenuItem[];
  footer?: ReactNode;
  /** The item focused on opening (keyboard), or null (pointer: the menu itself takes focus). */
  initialIndex: number | null;
  /** `returnFocus`: after an activation or Escape, focus goes back to the button. */
  onClose: (returnFocus: boolean) => void;
}) {
  const [activeIndex, setActiveIndex] = useState<number | null>(initialIndex);
  const listRef = useRef<(HTMLElement | null)[]>([]);
  const labelsRef = useRef<(string | null)[]>([]);
  const { refs, floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open, _event, reason) => {
      if (!open) onClose(reason === "escape-key");
    },
    elements: { reference },
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
  const { getFloatingProps, getItemProps } = useInteractions([
    useDismiss(context),
    // disabledIndices: [] keeps disabled items focusable, so their reason (aria-describedby) is read.
    useListNavigation(context, {
      listRef,
      activeIndex,
      onNavigate: setActiveIndex,
      loop: true,
      disabledIndices: [],
      focusItemOnOpen: initialIndex !== null,
    }),
    useTypeahead(context, { listRef: labelsRef, activeIndex, onMatch: setActiveIndex }),
  ]);
  // Type-ahead reads the labels at key press time.
  useLayoutEffect(() => {
    labelsRef.current = items.map((item) => item.label);
  });
  // Opened from the keyboard: the chosen item takes focus as the menu appears.
  useLayoutEffect(() => {
    if (initialIndex !== null) listRef.current[initialIndex]?.focus();
  }, [initialIndex]);
  const activate = (item: MenuItem) => {
    if (item.disabled) return;
    item.onSelect();
    if (item.checked !== undefined && !item.radio) return; // a checkbox item keeps the menu open
    onClose(true);
  };

  return (
    <FloatingFocusManager
      context={context}
      modal={false}
      initialFocus={initialIndex === null ? 0 : -1}
      returnFocus={false}
    >
      <div
        ref={refs.setFloating}
        id={id}
        role="menu"
        aria-label={label}
        style={floatingStyles}
        className="menu-popup"
        {...getFloatingProps({
          onKeyDown(e) {
            if (e.key === "Tab") onClose(false);
          },
        })}
      >
        {items.map((item, index) => (
          <button
            key={item.key}
            ref={(node) => {
              listRef.current[index] = node;
            }}
            type="button"
            role={item.checked === undefined ? "menuitem" : item.radio ? "menuitemradio" : "menuitemcheckbox"}
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
                {item.checked ? (item.radio ? "●" : "✓") : ""}
              </span>
            )}
            {item.label}
          </button>
        ))}
        {footer}
      </div>
    </FloatingFocusManager>
  );
}
