import { Fragment } from "react";
import type { Source } from "../data-source/schema";
import { formatDate } from "../lib/format";
import { t } from "../lib/messages";

import { useSourceIndex } from "./sources-context";

/** Short: "Publisher, 24 Feb 2026" or "Publisher, undated"; the note on an undated page goes in the title. */
export function sourceLabel(source: Source): string {
  return `${source.publisher}, ${source.published ? formatDate(source.published) : t("common.undated")}`;
}

/** "Publisher, date" for each source, linked when the source is a web page. */
export function SourceRefs({ ids }: { ids: readonly string[] }) {
  const sources = useSourceIndex();
  return (
    <span className="text-slate-600">
      {ids.map((id, i) => {
        const source = sources.get(id);
        const label = source ? sourceLabel(source) : id;
        return (
          <Fragment key={id}>
            {i > 0 && "; "}
            {source?.url ? (
              <a
                href={source.url}
                title={source.publishedNote ?? source.title}
                className="underline decoration-dotted underline-offset-2"
                target="_blank"
                rel="noreferrer noopener"
              >
                {label}
              </a>
            ) : (
              <span title={[source?.title, source?.publisherDetail, source?.publishedNote].filter(Boolean).join(" — ")}>
                {label}
              </span>
            )}
          </Fragment>
        );
      })}
    </span>
  );
}
