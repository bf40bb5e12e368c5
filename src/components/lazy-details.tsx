import { useState, type ReactNode } from "react";

/**
 * A <details> whose content is only rendered once opened: closed tables and long lists
 * cost nothing on load or on a filter change.
 */
export function LazyDetails({
  summary,
  className,
  children,
}: {
  summary: ReactNode;
  className?: string;
  children: () => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer font-medium">{summary}</summary>
      {open && children()}
    </details>
  );
}
