import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useId,
  useState,
  type ReactNode,
} from "react";

const loadDialog = () => import("./provenance-dialog");
const ProvenanceDialog = lazy(loadDialog);
/** Fetches the dialog's code ahead of the first click (idempotent: the module loads once). */
function preloadDialog(): void {
  void loadDialog();
}

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
 * A figure as a button that opens a small non-modal dialog with its sources (the dialog is
 * loaded on first use, and fetched ahead when a pointer or focus reaches a figure). Escape,
 * the close button, a click outside or moving focus away closes it; Escape and the close
 * button return focus to the figure. The content renders only while open, so idle figures
 * cost nothing.
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
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const group = useContext(PopoverGroupContext);
  const id = useId();
  const titleId = useId();

  useEffect(() => {
    if (!open || !group) return undefined;
    return group.claim(() => setOpen(false));
  }, [open, group]);

  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) button?.focus();
    },
    [button],
  );

  return (
    <>
      <button
        ref={setButton}
        type="button"
        className={className ?? "figure-trigger"}
        aria-label={name}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onPointerEnter={preloadDialog}
        onFocus={preloadDialog}
        onClick={() => setOpen((o) => !o)}
      >
        {children}
      </button>
      {open && button && (
        <Suspense fallback={null}>
          <ProvenanceDialog
            reference={button}
            id={id}
            titleId={titleId}
            title={title}
            onClose={close}
            content={content}
          />
        </Suspense>
      )}
    </>
  );
}
