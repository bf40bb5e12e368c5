import { useSyncExternalStore } from "react";
import { keptAnswersTime, subscribeKeptAnswers } from "../data-source/kept-answers";
import { formatDateTime } from "../lib/format";
import { t } from "../lib/messages";

/** "Offline: data as of …" while the page shows the API's answers this browser kept (kept-answers.ts). */
export function OfflineNotice() {
  const time = useSyncExternalStore(subscribeKeptAnswers, keptAnswersTime, () => null);
  return (
    <div role="status" aria-live="polite" className="mx-auto w-full max-w-7xl px-4 empty:hidden">
      {time !== null && (
        <p className="rounded border border-slate-400 bg-white p-3 text-sm text-slate-900" data-offline-since={time}>
          {t("offline.dataAsOf", { time: formatDateTime(time) })}
        </p>
      )}
    </div>
  );
}
