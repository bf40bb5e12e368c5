import { describe, expect, it } from "vitest";
import { data } from "../../../tests/support/dataset";
import { toCsv } from "../../export/csv";
import { exportFileName } from "../../export/file-name";
import { milestonesTable } from "./milestones.table";
import { buildTimeline } from "./milestones.transform";

const sources = new Map(data.sources.sources.map((s) => [s.id, s]));

describe("milestonesTable", () => {
  it("lists the events the panel shows, newest first, the selected year's marked, with no value columns", () => {
    const view = buildTimeline(data.milestones.milestones, 2026, ["finance"], false);
    const model = milestonesTable(view, ["finance"]);
    expect(model.rows.map((r) => r.key)).toEqual(view.entries.map((e) => e.milestone.id));
    expect(model.rows.every((r) => r.value === null)).toBe(true);
    const charter = model.rows.find((r) => r.labels[0] === "Strategic Partnership Charter signed");
    expect(charter).toMatchObject({ periodLabel: "Feb 10, 2026", current: true });
    expect(charter?.labels[2]).toBe("Whole relationship");
    expect(exportFileName(model.file, "csv")).toMatch(/^az-us-milestones-\d{4}-2026-finance\.csv$/);

    const [header, ...lines] = toCsv(model, sources)
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(header).toBe("Event,Kind,Sectors,Period,Period start,Period end,Sources,Source links,Record IDs");
    expect(lines).toHaveLength(model.rows.length);
    expect(lines.find((l) => l.startsWith("Strategic Partnership Charter signed,"))).toMatch(
      /^Strategic Partnership Charter signed,Agreement,Whole relationship,"Feb 10, 2026",2026-02-10,2026-02-10,/,
    );
  });
});
