/** One panel's download, loaded on first use (keeps the export code out of the initial bundle). */
import type { Source } from "../data-source/schema";
import type { ChartHandle } from "./serialize-chart";
import { sourceLine, usedSources } from "./citation";
import { composeSvg } from "./compose-svg";
import { toCsv } from "./csv";
import { downloadBlob } from "./download";
import type { ExportFormat } from "./file-name";
import { svgToPng } from "./rasterize";
import { snapshotCharts } from "./serialize-chart";
import type { TableModel } from "./table-model";

export interface ExportRequest {
  format: ExportFormat;
  model: TableModel;
  name: string;
  /** The panel's drawn charts, by ref from its scaffold. */
  charts: readonly ChartHandle[];
  sources: ReadonlyMap<string, Source>;
  filters: string;
  title: string;
}

export async function exportPanel(request: ExportRequest): Promise<void> {
  const { format, model, name, sources } = request;
  if (format === "csv") {
    downloadBlob(new Blob([toCsv(model, sources)], { type: "text/csv;charset=utf-8" }), name);
    return;
  }
  const charts = snapshotCharts(request.charts);
  if (charts.length === 0) throw new Error("no chart on screen");
  const image = composeSvg({
    title: request.title,
    subtitle: request.filters,
    charts,
    sourceLine: sourceLine(
      usedSources(
        model.rows.flatMap((r) => r.sourceIds),
        sources,
      ),
    ),
    link: window.location.href,
  });
  if (format === "svg") {
    downloadBlob(new Blob([image.svg], { type: "image/svg+xml;charset=utf-8" }), name);
    return;
  }
  downloadBlob(await svgToPng(image.svg, image.width, image.height, 2), name);
}
