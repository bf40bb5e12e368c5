import { useCallback, useId, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import { t } from "../lib/messages";

/** Only one provenance popover is open at a time: opening one closes the last. */
let closeOpen: (() => void) | null = null;

const MARGIN = 8;
const MAX_WIDTH = 448;

/**
 * Fixed to the viewport next to its trigger, clamped so it never leaves a 360 px screen.
 * In the top layer (native popover), so a panel's `contain: layout` cannot clip it.
 */
function place(popover: HTMLElement, trigger: HTMLElement): void {
  const r = trigger.getBoundingClientRect();
  const vw = document.documentElement.clientWidth || window.innerWidth;
  const vh = window.innerHeight;
  const width = Math.min(MAX_WIDTH, vw - 2 * MARGIN);
  popover.style.width = `${width}px`;
  // Below the figure, or above it when there is more room there; never over it. Long content scrolls inside.
  const below = vh - MARGIN - (r.bottom + 4);
  const above = r.top - 4 - MARGIN;
  popover.style.maxHeight = `${Math.max(below, above, 120)}px`;
  const height = popover.offsetHeight;
  const top = height <= below || below >= above ? r.bottom + 4 : Math.max(MARGIN, r.top - 4 - height);
  popover.style.top = `${top}px`;
  popover.style.left = `${Math.min(Math.max(MARGIN, r.left), vw - width - MARGIN)}px`;
}

/** Top layer where the browser has it; elsewhere (jsdom) a plain fixed box with the same behaviour. */
const POPOVER_API = typeof HTMLElement !== "undefined" && typeof HTMLElement.prototype.showPopover === "function";

/**
 * A figure as a button that opens a small non-modal dialog with its sources. Escape, the
 * close button, a click outside or moving focus away closes it; Escape and the close button
 * return focus to the figure. The content renders only while open, so idle figures cost nothing.
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
  const triggerRef = useRef<HTMLButtonElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const dialogId = useId();
  const titleId = useId();

  const close = useCallback((returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) triggerRef.current?.focus();
  }, []);

  useLayoutEffect(() => {
    const popover = popoverRef.current;
    const trigger = triggerRef.current;
    if (!open || !popover || !trigger) return undefined;
    closeOpen?.();
    const closeThis = () => setOpen(false);
    closeOpen = closeThis;
    if (POPOVER_API) popover.showPopover();
    place(popover, trigger);
    popover.focus({ preventScroll: true });
    let frame = 0;
    const follow = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => place(popover, trigger));
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close(true);
      }
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (target && !popover.contains(target) && !trigger.contains(target)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    window.addEventListener("scroll", follow, { capture: true, passive: true });
    window.addEventListener("resize", follow);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
      window.removeEventListener("scroll", follow, { capture: true });
      window.removeEventListener("resize", follow);
      if (closeOpen === closeThis) closeOpen = null;
      if (POPOVER_API && popover.matches(":popover-open")) popover.hidePopover();
    };
  }, [open, close]);

  return (
    <>
      <button
        ref={triggerRef}
        type="button"
        className={className ?? "figure-trigger"}
        aria-label={name}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? dialogId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </button>
      {open && (
        <div
          ref={popoverRef}
          id={dialogId}
          role="dialog"
          aria-labelledby={titleId}
          popover={POPOVER_API ? "manual" : undefined}
          tabIndex={-1}
          className="provenance-popover"
          onBlur={(e) => {
            const next = e.relatedTarget;
            if (next instanceof Node && !popoverRef.current?.contains(next) && next !== triggerRef.current) {
              close(false);
            }
          }}
          onClick={(e) => {
            // An in-page link (to the Sources list) scrolls away from the figure: close first.
            if (e.target instanceof Element && e.target.closest('a[href^="#"]')) close(false);
          }}
        >
          <div className="mb-1 flex items-start justify-between gap-2">
            <p id={titleId} className="m-0 font-semibold text-slate-900">
              {title}
            </p>
            <button type="button" className="provenance-close" aria-label={t("prov.close")} onClick={() => close(true)}>
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {content()}
        </div>
      )}
    </>
  );
}
