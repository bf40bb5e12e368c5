import type { SectorId } from "../../data-source/schema";
import { yearSpan, type TableModel, type TableRow } from "../../export/table-model";
import { formatEventDate, formatList } from "../../lib/format";
import { t } from "../../lib/messages";
import type { TimelineView } from "./milestones.transform";
import { panelTitle } from "../../lib/panels";

/**
 * What the Milestones panel lists, as a table of events: no values, so the table and the CSV
 * carry event, kind, sectors, date (as precise as the source) and sources; the selected
 * year's events are marked current.
 */
export function milestonesTable(view: TimelineView, sectors: readonly SectorId[]): TableModel {
  const rows: TableRow[] = view.entries.map(({ milestone: m, selected }) => ({
    key: m.id,
    labels: [
      m.title,
      t(`milestones.kind.${m.kind}`),
      m.sectors.length === 0 ? t("milestones.wholeRelationship") : formatList(m.sectors.map((s) => t(`sector.${s}`))),
    ],
    periodStart: m.date,
    periodEnd: m.endDate ?? m.date,
    periodLabel: `${formatEventDate(m.date, m.datePrecision, m.endDate)}${m.dateInferred ? ` (${t("common.inferred")})` : ""}`,
    value: null,
    unit: null,
    qualifier: "exact",
    basis: null,
    reporter: null,
    derived: null,
    recordIds: [m.id],
    sourceIds: [...m.sourceIds],
    figure: null,
    current: selected,
  }));
  const model: TableModel = {
    panel: "milestones",
    title: panelTitle("milestones"),
    caption: t("milestones.tableCaption"),
    labelHeaders: [t("milestones.col.event"), t("milestones.col.kind"), t("milestones.col.sectors")],
    rows,
    file: { panel: "milestones", years: null, sectors },
  };
  return { ...model, file: { ...model.file, years: yearSpan(model) } };
}
