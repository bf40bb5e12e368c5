/* eslint-disable @typescript-eslint/unbound-method --
   Floating UI's `refs.setFloating` is a callback ref (a setter), passed to the element as its
   docs show; it is not a ref value read during render. */
/**
 * The provenance dialog itself, loaded on first use (Floating UI and the dialog's behaviour
 * are not part of the first view): positioned by Floating UI below its figure (above when
 * there is more room), shifted and sized to stay inside a 360 px screen; long content
 * scrolls inside. Escape, the close button, a click outside or moving focus away close it.
 */
import {
  autoUpdate,
  flip,
  FloatingFocusManager,
  FloatingPortal,
  offset,
  shift,
  size,
  useDismiss,
  useFloating,
  useInteractions,
  useMergeRefs,
} from "@floating-ui/react";
import type { ReactNode } from "react";
import { t } from "../lib/messages";

const MARGIN = 8;
const MAX_WIDTH = 448;

function focusOnMount(node: HTMLElement | null): void {
  node?.focus({ preventScroll: true });
}

export default function ProvenanceDialog({
  reference,
  id,
  titleId,
  title,
  onClose,
  content,
}: {
  reference: HTMLElement;
  id: string;
  titleId: string;
  title: string;
  /** `returnFocus`: Escape and the close button give focus back to the figure. */
  onClose: (returnFocus: boolean) => void;
  content: () => ReactNode;
}) {
  const { refs, floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open) => {
      if (!open) onClose(false);
    },
    elements: { reference },
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
  const { getFloatingProps } = useInteractions([useDismiss(context)]);
  // The dialog itself takes focus as it appears, so a screen reader reads its title first.
  const setDialog = useMergeRefs([refs.setFloating, focusOnMount]);
  return (
    <FloatingPortal>
      <FloatingFocusManager context={context} modal={false} closeOnFocusOut returnFocus={false} initialFocus={-1}>
        <div
          ref={setDialog}
          id={id}
          role="dialog"
          style={floatingStyles}
          aria-labelledby={titleId}
          tabIndex={-1}
          className="provenance-popover"
          {...getFloatingProps({
            onKeyDown(e) {
              if (e.key === "Escape") {
                e.preventDefault();
                onClose(true);
              }
            },
            onClick(e) {
              // An in-page link (to the Sources list) scrolls away from the figure: close first.
              if (e.target instanceof Element && e.target.closest('a[href^="#"]')) onClose(false);
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
              onClick={() => onClose(true)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          {content()}
        </div>
      </FloatingFocusManager>
    </FloatingPortal>
  );
}
