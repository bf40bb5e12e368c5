/* eslint-disable react-hooks/refs, @typescript-eslint/unbound-method --
   Floating UI's `refs.setReference` / `refs.setFloating` are callback refs (setters), passed
   to elements as its docs show; they are not ref values read during render. */
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useInteractions,
  useMergeRefs,
  useRole,
} from "@floating-ui/react";
import { createContext, useContext, useEffect, useId, useState, type ReactNode } from "react";
import { t } from "../lib/messages";

const MARGIN = 8;

function focusOnMount(node: HTMLElement | null): void {
  node?.focus({ preventScroll: true });
}
const MAX_WIDTH = 448;

/** Only one provenance popover is open at a time: opening one closes the last (state of the app, not a global). */
interface PopoverGroup {
  /** Closes the popover open now, if any, and makes `close` the open one. Returns the release. */
  claim: (close: () => void) => () => void;
}
const PopoverGroupContext = createContext<PopoverGroup | null>(null);

function createPopoverGroup(): PopoverGroup {
  let open: (() => void) | null = null;
  return {
    claim(close) {
      open?.();
      open = close;
      return () => {
        if (open === close) open = null;
      };
    },
  };
}

export function PopoverGroupProvider({ children }: { children: ReactNode }) {
  const [group] = useState(createPopoverGroup);
  return <PopoverGroupContext.Provider value={group}>{children}</PopoverGroupContext.Provider>;
}

/**
 * A figure as a button that opens a small non-modal dialog with its sources. Escape, the
 * close button, a click outside or moving focus away closes it; Escape and the close button
 * return focus to the figure. Positioned by Floating UI below the figure (above when there is
 * more room), shifted and sized to stay inside a 360 px screen; long content scrolls inside.
 * The content renders only while open, so idle figures cost nothing.
 */
export function ProvenanceTrigger({
  name,
  className,
  title,
  children,
  content,
}: {
  /** Accessible name: "Turnover, 2025: $1,557M — sources". */
  name: string;
  className?: string;
  /** The dialog's heading. */
  title: string;
  /** What the button shows (the number, a versions marker). */
  children: ReactNode;
  content: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const group = useContext(PopoverGroupContext);
  const titleId = useId();
  const { refs, floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: "bottom-start",
    strategy: "fixed",
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(4),
      flip({ padding: MARGIN }),
      shift({ padding: MARGIN }),
      size({
        padding: MARGIN,
        apply({ availableHeight, elements }) {
          const vw = document.documentElement.clientWidth || window.innerWidth;
          elements.floating.style.width = `${Math.min(MAX_WIDTH, vw - 2 * MARGIN)}px`;
          elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
        },
      }),
    ],
  });
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useClick(context),
    useRole(context, { role: "dialog" }),
    useDismiss(context),
  ]);

  useEffect(() => {
    if (!open || !group) return undefined;
    return group.claim(() => setOpen(false));
  }, [open, group]);

  // The dialog itself takes focus as it appears, so a screen reader reads its title first.
  const setDialog = useMergeRefs([refs.setFloating, focusOnMount]);

  const closeAndReturn = () => {
    setOpen(false);
    const trigger = refs.domReference.current;
    if (trigger instanceof HTMLElement) trigger.focus();
  };

  return (
    <>
      <button
        ref={refs.setReference}
        type="button"
        className={className ?? "figure-trigger"}
        aria-label={name}
        {...getReferenceProps()}
      >
        {children}
      </button>
      {open && (
        <FloatingPortal>
          <FloatingFocusManager context={context} modal={false} closeOnFocusOut returnFocus={false} initialFocus={-1}>
            <div
              ref={setDialog}
              style={floatingStyles}
              aria-labelledby={titleId}
              tabIndex={-1}
              className="provenance-popover"
              {...getFloatingProps({
                onKeyDown(e) {
                  if (e.key === "Escape") {
                    e.preventDefault();
                    closeAndReturn();
                  }
                },
                onClick(e) {
                  // An in-page link (to the Sources list) scrolls away from the figure: close first.
                  if (e.target instanceof Element && e.target.closest('a[href^="#"]')) setOpen(false);
                },
              })}
            >
              <div className="mb-1 flex items-start justify-between gap-2">
                <p id={titleId} className="m-0 font-semibold text-slate-900">
                  {title}
                </p>
                <button
                  type="button"
                  className="provenance-close"
                  aria-label={t("prov.close")}
                  onClick={closeAndReturn}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </div>
              {content()}
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      )}
    </>
  );
}
