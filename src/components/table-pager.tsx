import { t } from "../lib/messages";

/** Rows a paged table shows at a time. */
export const TABLE_PAGE_SIZE = 50;

/** The page (0-based) holding the first highlighted row, so a long table opens on the selected year. */
export function initialPage(rows: readonly { current: boolean }[], pageSize = TABLE_PAGE_SIZE): number {
  const first = rows.findIndex((r) => r.current);
  return first < 0 ? 0 : Math.floor(first / pageSize);
}

/**
 * "Rows 51–100 of 4,999" with Previous and Next, below a table too long to draw at once. The
 * buttons stay focusable at either end (aria-disabled, not disabled), so a keyboard user pressing
 * Next repeatedly never loses focus; the range is announced politely as it changes.
 */
export function TablePager({
  page,
  total,
  label,
  onPage,
  pageSize = TABLE_PAGE_SIZE,
}: {
  page: number;
  total: number;
  /** The panel's title, naming the pager's group. */
  label: string;
  onPage: (page: number) => void;
  pageSize?: number;
}) {
  const last = Math.max(Math.ceil(total / pageSize) - 1, 0);
  const from = page * pageSize + 1;
  const to = Math.min((page + 1) * pageSize, total);
  return (
    <div role="group" aria-label={t("table.pager", { label })} className="mt-2 flex flex-wrap items-center gap-2">
      <p className="m-0 text-sm tabular-nums" aria-live="polite">
        {t("table.rows", { from, to, total })}
      </p>
      <button type="button" className="btn" aria-disabled={page === 0} onClick={() => page > 0 && onPage(page - 1)}>
        {t("table.previous")}
      </button>
      <button
        type="button"
        className="btn"
        aria-disabled={page >= last}
        onClick={() => page < last && onPage(page + 1)}
      >
        {t("table.next")}
      </button>
    </div>
  );
}
