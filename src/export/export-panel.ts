/** One panel's download, loaded on first use (keeps the export code out of the initial bundle). */
import type { DataVersion } from "../data-source/data-version";
import type { Source } from "../data-source/schema";
import { t } from "../lib/messages";
import type { ChartHandle } from "./serialize-chart";
import { accessedLine, sourceLine, usedSources, versionLine } from "./citation";
import { composeSvg } from "./compose-svg";
import { toCsv } from "./csv";
import { downloadBlob } from "./download";
import type { ExportFormat } from "./file-name";
import { svgToPng } from "./rasterize";
import { snapshotCharts } from "./serialize-chart";
import { sharedUnit, type TableModel } from "./table-model";

export interface ExportRequest {
  format: ExportFormat;
  model: TableModel;
  name: string;
  /** The panel's drawn charts, by ref from its scaffold. */
  charts: readonly ChartHandle[];
  sources: ReadonlyMap<string, Source>;
  /** Every active filter in words (the image's subtitle). */
  filters: string;
  /** The link to this view, with the year pinned. */
  link: string;
  accessed: Date;
  /** The dataset's version, in the CSV's columns and the image's byline; null when unknown. */
  dataVersion?: DataVersion | null;
}

/** "Azerbaijan–U.S. trade turnover, USD million": the relation, the measure, and its unit when one. */
function imageTitle(model: TableModel): string {
  const unit = sharedUnit(model);
  const title = t(`export.title.${model.panel}`);
  return unit ? t("export.titleWithUnit", { title, unit: t(`unit.${unit}`) }) : title;
}

/** "Values in USD million." or, when they differ, each unit the values are in. */
function unitsLine(model: TableModel): string {
  const units = [...new Set(model.rows.flatMap((r) => (r.value === null || r.unit === null ? [] : [r.unit])))];
  if (units.length === 0) return t("export.units.none");
  const derived = model.rows.some((r) => r.derived !== null);
  return t(derived ? "export.units.derived" : "export.units", {
    count: units.length,
    units: units.map((u) => t(`unit.${u}`)).join(", "),
  });
}

export async function exportPanel(request: ExportRequest): Promise<void> {
  const { format, model, name, sources } = request;
  if (format === "csv") {
    downloadBlob(
      new Blob([toCsv(model, sources, request.dataVersion ?? null)], { type: "text/csv;charset=utf-8" }),
      name,
    );
    return;
  }
  const { charts, defs } = snapshotCharts(request.charts);
  if (charts.length === 0) throw new Error("no chart on screen");
  const image = composeSvg({
    title: imageTitle(model),
    subtitle: request.filters,
    units: unitsLine(model),
    charts,
    defs,
    sourceLine: sourceLine(
      usedSources(
        model.rows.flatMap((r) => r.sourceIds),
        sources,
      ),
    ),
    // "… dashboard: <link> — Data version da1be9fd · last updated Mar 10, 2026. Accessed Dec 1, 2026."
    byline: t("export.byline", {
      title: t("app.title"),
      link: request.link,
      accessed: request.dataVersion
        ? `${versionLine(request.dataVersion)}. ${accessedLine(request.accessed)}`
        : accessedLine(request.accessed),
    }),
  });
  if (format === "svg") {
    downloadBlob(new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" }), name);
    return;
  }
  downloadBlob(await svgToPng(image.svg, image.width, image.height, 2), name);
}
