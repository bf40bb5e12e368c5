import { useEffect, useState, useSyncExternalStore, type RefObject } from "react";
import { changedFigureName } from "../components/changed-figure-name";
import { LazyDetails } from "../components/lazy-details";
import { changesSince, parseHistory } from "../data-source/data-history";
import type { FigureDiff } from "../data-source/data-version";
import { useDataVersion } from "../data-source/queries";
import { formatDate } from "../lib/format";
import { t } from "../lib/messages";
import { useDataPin } from "../state/data-pin";

type Changes = { status: "loading" } | { status: "known"; diff: FigureDiff } | { status: "unknown" };

/** The dataset's earlier versions, fetched only when a link pins another version than today's. */
function useChanges(pinned: string | null, current: string | null): Changes {
  const [changes, setChanges] = useState<Changes & { key?: string }>({ status: "loading" });
  const key = `${pinned}>${current}`;
  useEffect(() => {
    if (pinned === null || current === null || pinned === current) return;
    let live = true;
    import("../../data-history/versions.json")
      .then((file) => {
        const diff = changesSince(parseHistory(file.default), pinned, current);
        if (live) setChanges(diff ? { status: "known", diff, key } : { status: "unknown", key });
      })
      .catch(() => {
        if (live) setChanges({ status: "unknown", key });
      });
    return () => {
      live = false;
    };
  }, [pinned, current, key]);
  return changes.key === key ? changes : { status: "loading" };
}

const KINDS = ["added", "changed", "removed"] as const;

const noSubscription = () => () => {};
/**
 * False while React hydrates a prerendered page, true after: the page was rendered without the
 * notice (a pin changes no figure, so a pinned link still takes the prerendered view), and the
 * notice then appears in the render that follows hydration instead of breaking it.
 */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

function ChangeList({ diff }: { diff: FigureDiff }) {
  return (
    <div className="mt-1 space-y-2">
      {KINDS.filter((kind) => diff[kind].length > 0).map((kind) => (
        <div key={kind}>
          <p className="font-medium">{t(`version.changed.${kind}`, { count: diff[kind].length })}</p>
          <ul className="list-disc pl-5">
            {diff[kind].map((id) => (
              <li key={id}>{t(`version.changed.item.${kind}`, { name: changedFigureName(id) })}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/**
 * A link made with an older data version (`data=`) opens on today's data, saying so: what was
 * added, changed or removed since, by name, when the page knows that version
 * (data-history/versions.json), or that it cannot say. Nothing when the link's version is today's.
 */
export function DataChangeNotice({ focusAfter }: { focusAfter: RefObject<HTMLElement | null> }) {
  const pinned = useDataPin((s) => s.pinned);
  const current = useDataVersion();
  const changes = useChanges(pinned, current?.version ?? null);
  const hydrated = useHydrated();
  const show = hydrated && pinned !== null && current !== null && pinned !== current.version;
  return (
    <div role="status" aria-live="polite" className="mx-auto w-full max-w-7xl px-4 empty:hidden">
      {show && (
        <div
          data-testid="data-change-notice"
          className="flex items-start justify-between gap-3 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950"
        >
          <div className="min-w-0">
            <p className="font-medium">{t("version.changed.title")}</p>
            <p>
              {t("version.changed.versions", {
                pinned,
                current: current.version,
                date: current.lastUpdated ? formatDate(current.lastUpdated) : t("common.undated"),
              })}
            </p>
            {changes.status === "unknown" && <p>{t("version.changed.unknown", { pinned })}</p>}
            {changes.status === "known" && (
              <>
                <p>
                  {t("version.changed.counts", {
                    added: changes.diff.added.length,
                    changed: changes.diff.changed.length,
                    removed: changes.diff.removed.length,
                  })}
                </p>
                <LazyDetails
                  summary={t("version.changed.show")}
                  summaryClassName="font-medium text-amber-950 underline"
                >
                  {() => <ChangeList diff={changes.diff} />}
                </LazyDetails>
              </>
            )}
          </div>
          <button
            type="button"
            className="btn shrink-0"
            onClick={() => {
              useDataPin.getState().dismiss();
              focusAfter.current?.focus();
            }}
          >
            {t("notice.dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}
