import { describe, expect, it } from "vitest";
import { data, dates } from "../../tests/support/dataset";
import { buildFigures } from "../data-source/versions";
import { csvField, toCsv } from "./csv";
import { figureRow, type TableModel } from "./table-model";

const sources = new Map(data.sources.sources.map((s) => [s.id, s]));

/** Every trade, product and investment figure of the dataset in one table, with all its versions. */
function everyFigure(): TableModel {
  const figures = [
    ...buildFigures(data.trade.records, dates).values(),
    ...buildFigures(data.exportProducts.records, dates).values(),
    ...buildFigures(data.investment.records, dates).values(),
  ];
  return {
    panel: "trade",
    title: "All",
    caption: "All",
    labelHeaders: ["Record"],
    rows: figures.map((f) => figureRow(f, [f.primary.statedAs])),
    file: { panel: "trade", years: null },
  };
}

/** A minimal RFC 4180 reader: enough to take the file apart by column. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 1;
    } else field += c;
  }
  return rows;
}

describe("csvField (RFC 4180)", () => {
  it("quotes only fields with a comma, quote or line break, doubling quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(1752.96)).toBe("1752.96");
    expect(csvField(-1482.9)).toBe("-1482.9");
    expect(csvField(null)).toBe("");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "about"')).toBe('"say ""about"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });
});

describe("toCsv", () => {
  const [header = [], ...rows] = parseCsv(toCsv(everyFigure(), sources).slice(1));
  const column = (name: string) => rows.map((r) => r[header.indexOf(name)] ?? "");

  it("names every source by its address, or by publisher, title and date where it has none", () => {
    const links = column("Source links");
    expect(links.every((l) => l !== "")).toBe(true);
    expect(links).toContain(
      "Trend News Agency, “Azerbaijan–U.S. economic ties: from the Contract of the Century to a strategic economic partnership”, Feb 24, 2026",
    );
    expect(links).toContain("today.az/news/analytics/265497.html");
    expect(links.some((l) => l.startsWith("https://"))).toBe(true);
  });

  it("lists the other versions with their sources' names", () => {
    expect(column("Other versions (value [sources])").filter((v) => v !== "")).not.toHaveLength(0);
    for (const v of column("Other versions (value [sources])").filter((v) => v !== ""))
      expect(v).toMatch(/^(.+ \[[^\]]+ \((\d{4}-\d{2}-\d{2}|undated)\)[^\]]*\])(; .+)*$/);
  });

  it("holds no internal word (seed, a seed file name, .txt, mock-data) in what readers read", () => {
    // Record IDs are the dataset's keys, kept so a row can be traced back to the data; the
    // dataset still spells some of them with "seed" (see the report on issue 9).
    const readable = header.filter((h) => h !== "Record IDs");
    expect(readable).toHaveLength(header.length - 1);
    for (const name of readable)
      for (const value of [name, ...column(name)]) expect(value).not.toMatch(/seed|\.txt|mock-data/i);
  });
});
