import { useMemo } from "react";
import { formatDate } from "../lib/format";
import { t } from "../lib/messages";
import { sourceLabel } from "./source-ref";
import { useSourceIndex } from "./sources-context";

/** The attributes the print stylesheet writes after a figure (src/print.css). */
export interface PrintNote {
  /** Its sources' publisher, title and date: "Sources: Trend, “…”, 24 Feb 2026; …". */
  "data-print-source"?: string;
  /** Publisher and date only, for running text (the lead), where the full note would bury the sentence. */
  "data-print-source-short"?: string;
}

/**
 * What a printed page says in place of a figure's provenance button. On screen it is never
 * seen, and it is no text of the page: screen readers and the page's text keep the button's own
 * words. `derived`: the formula of a figure computed in code, said first.
 */
export function usePrintNote(ids: readonly string[], derived?: string): PrintNote {
  const sources = useSourceIndex();
  const key = ids.join(" ");
  return useMemo(() => {
    const found = [...new Set(key.split(" "))].flatMap((id) => sources.get(id) ?? []);
    if (found.length === 0 && derived === undefined) return {};
    const full = found.map((s) =>
      t("print.source", {
        publisher: s.publisher,
        title: s.title,
        date: s.published ? formatDate(s.published) : t("common.undated"),
      }),
    );
    const listed = (list: string[]) =>
      list.length > 0 ? [t("print.sources", { count: list.length, sources: list.join("; ") })] : [];
    const lead = derived === undefined ? [] : [t("print.derived", { formula: derived })];
    return {
      "data-print-source": [...lead, ...listed(full)].join(". "),
      "data-print-source-short": [
        ...(derived === undefined ? [] : [t("print.derivedShort")]),
        ...listed(found.map(sourceLabel)),
      ].join("; "),
    };
  }, [key, sources, derived]);
}
