import type { RefObject } from "react";
import { t } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import type { IgnoredPart } from "../state/url-codec";

function describeIgnored(part: IgnoredPart): string {
  return t(`notice.${part.reason}`, { param: part.param, value: part.value });
}

/** A link with thousands of junk parameters still gets a short notice. */
const MAX_LISTED = 8;

/** Says which parts of the opened link were ignored; the rest of the link still applies. */
export function UrlNotice({ focusAfter }: { focusAfter: RefObject<HTMLElement | null> }) {
  const notices = useFilterStore((s) => s.notices);
  const dismiss = useFilterStore((s) => s.dismissNotices);
  return (
    <div role="status" aria-live="polite" className="mx-auto w-full max-w-7xl px-4 empty:hidden">
      {notices.length > 0 && (
        <div className="flex items-start justify-between gap-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          <div>
            <p className="font-medium">{t("notice.title")}</p>
            <ul className="list-disc pl-5">
              {notices.slice(0, MAX_LISTED).map((n, i) => (
                <li key={i}>{describeIgnored(n)}</li>
              ))}
              {notices.length > MAX_LISTED && <li>{t("notice.more", { count: notices.length - MAX_LISTED })}</li>}
            </ul>
          </div>
          <button
            type="button"
            className="btn"
            onClick={() => {
              dismiss();
              focusAfter.current?.focus(); // the notice and its button are gone
            }}
          >
            {t("notice.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
