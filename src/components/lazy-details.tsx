import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is only rendered once opened: closed tables and long lists
 * cost nothing on load or on a filter change. Panels keep their long lists (indicators,
 * partial-year figures, statements, events in full) behind one of these: detail on demand.
 */
export function LazyDetails({
  summary,
  className,
  summaryClassName = "font-medium text-blue-900",
  children,
}: {
  summary: ReactNode;
  className?: string;
  summaryClassName?: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className={`min-h-6 cursor-pointer py-1 ${summaryClassName}`}>{summary}</summary>
      {open && children()}
    </details>
  );
}
