/**
 * A figure of a dataset version (data-version.ts), named from its id alone, so a figure that
 * is gone from today's data can be named too: "Exports, 2023", "Company: Chevron",
 * "Milestone: Strategic Partnership Charter signed, 10 February 2026". The measure words come
 * from the same helper as the figure buttons (figure-name.ts), in the page's language.
 */
import { figureIdParts, parsePeriodPart } from "../data-source/data-version";
import { formatDate } from "../lib/format";
import { t } from "../lib/messages";
import type { SourcedRecord } from "../lib/provenance";
import { figureName } from "./figure-name";

function dateText(date: string | undefined): string {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date) : t("common.undated");
}

/** A record-shaped figure: its measure fields, then its period (and, undated, the source's wording). */
function recordName(fields: Record<string, string>, period: string | undefined, stated: string | undefined): string {
  const record = { ...fields, ...parsePeriodPart(period ?? "") } as unknown as SourcedRecord;
  const name = figureName(record);
  return stated === undefined ? name : t("version.kind.stated", { name, stated });
}

export function changedFigureName(id: string): string {
  const [kind, ...parts] = figureIdParts(id);
  switch (kind) {
    case "trade": {
      const [metric = "", scope = "", period, stated] = parts;
      return recordName({ metric, scope }, period, stated);
    }
    case "fdi": {
      const [metric = "", direction = "", scope = "", period, stated] = parts;
      return recordName({ metric, direction, scope }, period, stated);
    }
    case "count": {
      const [concept = "", period, stated] = parts;
      return recordName({ concept }, period, stated);
    }
    case "product": {
      const [product = "", period, stated] = parts;
      return recordName({ product }, period, stated);
    }
    case "named": {
      const [direction = "", name = ""] = parts;
      return t("version.kind.named", { direction, name });
    }
    case "company":
      return t("version.kind.company", { name: parts.join(" ") });
    case "milestone": {
      const [date, title = ""] = parts;
      return t("version.kind.milestone", { title, date: dateText(date) });
    }
    case "source": {
      const [publisher = "", published, title = ""] = parts;
      return t("version.kind.source", { publisher, title, date: dateText(published) });
    }
    default:
      return id;
  }
}
