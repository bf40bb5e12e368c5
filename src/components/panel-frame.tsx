import type { ReactNode, Ref } from "react";
import type { SectorId } from "../data-source/schema";
import { t } from "../lib/messages";

export type PanelState = "loading" | "ready" | "error";

interface PanelFrameProps {
  id: string;
  title: string;
  description: string;
  state: PanelState;
  year: number | null;
  sectors?: readonly SectorId[];
  error?: Error | null;
  /** A refresh failed while the last good data stays on screen. */
  refreshError?: Error | null;
  onRetry?: () => void;
  /** The chart/table switch and downloads; shown once the panel is ready. */
  tools?: ReactNode;
  /** The heading, focusable: where focus goes when the control that was used disappears. */
  headingRef?: Ref<HTMLHeadingElement>;
  children?: ReactNode;
}

/**
 * A landmark section whose heading is its accessible name. data-* attributes let the
 * benchmark and the end-to-end tests see when the panel has drawn, and for which filters;
 * each chart slot inside carries data-chart, so "drawn" means every slot holds its SVG.
 */
export function PanelFrame({
  id,
  title,
  description,
  state,
  year,
  sectors,
  error,
  refreshError,
  onRetry,
  tools,
  headingRef,
  children,
}: PanelFrameProps) {
  const headingId = `${id}-heading`;
  return (
    <section
      aria-labelledby={headingId}
      aria-busy={state === "loading"}
      data-panel={id}
      data-state={state}
      data-year={year ?? ""}
      data-sectors={sectors?.join("~") ?? ""}
      className="panel flex min-w-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <header className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <div className="min-w-0 flex-1 basis-64">
          <h2 ref={headingRef} id={headingId} tabIndex={-1} className="text-lg font-semibold text-slate-900">
            {title}
          </h2>
          <p className="text-sm text-slate-600">{description}</p>
        </div>
        {state === "ready" && tools}
      </header>
      {state === "loading" && <PanelSkeleton />}
      {state === "error" && <PanelError error={error ?? null} onRetry={onRetry} />}
      {state === "ready" && refreshError && <RefreshNotice error={refreshError} onRetry={onRetry} />}
      {state === "ready" && children}
    </section>
  );
}

export function PanelSkeleton() {
  return (
    <div className="flex flex-col gap-2" role="status" aria-live="polite">
      <span className="sr-only">{t("common.loading")}</span>
      <div className="h-48 animate-pulse rounded bg-slate-100" />
      <div className="h-4 w-2/3 animate-pulse rounded bg-slate-100" />
    </div>
  );
}

export function PanelError({ error, onRetry }: { error: Error | null; onRetry?: (() => void) | undefined }) {
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
      <p className="font-medium">{t("common.error")}</p>
      {error && <p className="mt-1 break-words font-mono text-xs">{error.message}</p>}
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn mt-2">
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}

/** The data below is the last good data; a refresh failed. Says so, says why, offers a retry. */
export function RefreshNotice({ error, onRetry }: { error: Error; onRetry?: (() => void) | undefined }) {
  return (
    <div role="status" className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950">
      <p>
        <span aria-hidden="true">⚠ </span>
        {t("common.refreshFailed")}
      </p>
      <p className="mt-1 break-words font-mono text-xs">{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry} className="btn mt-2">
          {t("common.retry")}
        </button>
      )}
    </div>
  );
}
