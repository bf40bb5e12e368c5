import { useEffect, useId, useRef, useState } from "react";
import type { SectorId } from "../data-source/schema";
import { embedPath } from "../lib/embed-path";
import { t, type Language } from "../lib/messages";
import { useFilterStore } from "../state/filter-store";
import { useFocusYear } from "../state/focus-year";
import { encode } from "../state/url-codec";
import { BASE_PATH } from "../state/url-sync";
import type { PanelContextValue } from "./panel-context";

/** Fits the chart, its tabs and its sources line; the frame shrinks to a narrower column (max-width). */
const FRAME = { width: 640, height: 520 } as const;

const escapeAttribute = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The <iframe> code of this panel's chart-only view: this page's origin and language, the
 * year pinned (as "Copy link" does), the sectors when the panel depends on them, and the
 * table view when the panel shows its table.
 */
function embedCode(
  panel: Pick<PanelContextValue, "panel" | "title" | "uses">,
  view: {
    year: number | null;
    vs: number | null;
    sectors: readonly SectorId[];
    asTable: boolean;
    language: Language;
  },
  origin: string,
): { src: string; code: string } {
  const query = encode(
    {
      year: panel.uses.year ? view.year : null,
      vs: panel.uses.year ? view.vs : null,
      sectors: panel.uses.sectors ? [...view.sectors] : [],
      tables: view.asTable ? [panel.panel] : [],
    },
    null,
  );
  const src = `${origin}${embedPath(view.language, panel.panel, BASE_PATH)}${query}`;
  const title = t("embed.iframeTitle", { title: panel.title, app: t("app.title") });
  const code =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${FRAME.width}" ` +
    `height="${FRAME.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
  return { src, code };
}

type CopyStatus = "idle" | "copied" | "failed";

/** The panel's "Embed" button and its modal dialog (native <dialog>: focus kept inside, Escape closes). */
export function EmbedButton({ panel, asTable }: { panel: PanelContextValue; asTable: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const code = useRef<HTMLTextAreaElement>(null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<CopyStatus>("idle");
  const titleId = useId();
  const focusYear = useFocusYear();
  const sectors = useFilterStore((s) => s.sectors);
  const storeYear = useFilterStore((s) => s.year);
  const vs = useFilterStore((s) => s.vs);
  const language = useFilterStore((s) => s.language);
  const { src, code: html } = embedCode(
    panel,
    { year: storeYear ?? focusYear, vs, sectors, asTable, language },
    typeof window === "undefined" ? "" : window.location.origin,
  );
  useEffect(() => {
    const node = dialog.current;
    if (!node) return;
    if (open && !node.open) node.showModal();
    if (!open && node.open) node.close();
  }, [open]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(html);
      setStatus("copied");
    } catch {
      setStatus("failed");
      code.current?.select();
    }
  };
  return (
    <>
      <button
        type="button"
        className="btn min-h-7 px-2.5 py-1"
        aria-label={t("embed.buttonName", { title: panel.title })}
        aria-haspopup="dialog"
        onClick={() => {
          setStatus("idle");
          setOpen(true);
        }}
      >
        {t("embed.button")}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-lg border border-slate-400 bg-white p-4 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        {open && (
          <div className="flex flex-col gap-3">
            <h2 id={titleId} className="text-base font-semibold">
              {t("embed.dialogTitle", { title: panel.title })}
            </h2>
            <p>{t("embed.dialogIntro", { filters: panel.filters })}</p>
            <label className="flex flex-col gap-1 font-medium">
              {t("embed.codeLabel")}
              <textarea
                ref={code}
                readOnly
                value={html}
                rows={5}
                onFocus={(e) => e.currentTarget.select()}
                className="input font-mono text-xs font-normal break-all"
              />
            </label>
            <div className="flex flex-wrap items-center gap-2">
              <button type="button" className="btn btn-primary" onClick={() => void copy()}>
                {t("embed.copy")}
              </button>
              <a href={src} target="_blank" rel="noopener" className="provenance-link inline-flex min-h-6 items-center">
                {t("embed.preview")}
                <span className="sr-only"> {t("embed.newTab")}</span>
              </a>
              <button type="button" className="btn ml-auto" onClick={() => setOpen(false)}>
                {t("embed.close")}
              </button>
            </div>
            <p role="status" className="min-h-4 text-xs">
              {status === "copied" && <span className="text-emerald-800">{t("embed.copied")}</span>}
              {status === "failed" && <span className="text-red-800">{t("embed.copyFailed")}</span>}
            </p>
          </div>
        )}
      </dialog>
    </>
  );
}
