import { t } from "../lib/messages";
import { offerUpdate, useUpdateOffer } from "./app-update";

/**
 * "New version available — Reload": a small status in the corner when a newer build is installed
 * and waiting. Never reloads by itself (the reader may be in the middle of something).
 */
export function UpdateNotice() {
  const apply = useUpdateOffer();
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed right-3 bottom-3 left-3 z-40 flex justify-end empty:hidden print:hidden"
    >
      {apply !== null && (
        <div className="pointer-events-auto flex max-w-md items-center gap-2 rounded-md border border-slate-400 bg-white p-2 pl-3 text-sm text-slate-900 shadow-lg">
          <p>{t("update.available")}</p>
          <button type="button" className="btn btn-primary" onClick={apply}>
            {t("update.reload")}
          </button>
          <button
            type="button"
            className="inline-flex min-h-8 min-w-8 items-center justify-center rounded text-lg leading-none text-slate-800 hover:bg-slate-100"
            aria-label={t("update.dismiss")}
            title={t("update.dismiss")}
            onClick={() => offerUpdate(null)}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
