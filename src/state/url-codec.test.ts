import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SECTOR_IDS, type SectorId } from "../data-source/schema";
import { PANEL_KEYS, type PanelKey } from "../lib/panels";
import { decode, encode, type FilterState } from "./url-codec";

const bounds = { min: 1991, max: 2026 };
const sectorArb = fc.subarray([...SECTOR_IDS] as SectorId[]);
const stateArb = fc.record({
  year: fc.option(fc.integer({ min: bounds.min, max: bounds.max }), {
    nil: null,
  }),
  sectors: sectorArb,
  tables: fc.subarray([...PANEL_KEYS] as PanelKey[]),
});

describe("encode", () => {
  it("omits defaults entirely", () => {
    expect(encode({ year: null, sectors: [], tables: [] }, 2025)).toBe("");
    expect(encode({ year: 2025, sectors: [], tables: [] }, 2025)).toBe("");
  });

  it("writes parameters in a fixed order with sectors in catalogue order, unencoded", () => {
    expect(encode({ year: 2023, sectors: ["finance", "energy"], tables: [] }, 2025)).toBe(
      "?year=2023&sector=energy~finance",
    );
  });

  it("treats every sector selected as all sectors", () => {
    expect(encode({ year: null, sectors: [...SECTOR_IDS], tables: [] }, 2025)).toBe("");
  });
});

describe("table views", () => {
  it("writes the panels shown as tables last, in panel order, unencoded", () => {
    expect(encode({ year: 2024, sectors: ["energy"], tables: ["fdi", "trade"] }, 2025)).toBe(
      "?year=2024&sector=energy&table=trade~fdi",
    );
    expect(encode({ year: null, sectors: [], tables: ["companies"] }, 2025)).toBe("?table=companies");
  });

  it("reads table views and keeps old links (without the parameter) as charts", () => {
    expect(decode("?table=fdi~trade", bounds)).toEqual({
      state: { year: null, sectors: [], tables: ["trade", "fdi"] },
      ignored: [],
    });
    expect(decode("?year=2024&sector=energy", bounds).state.tables).toEqual([]);
  });

  it("ignores an unknown panel but keeps the known ones and the other parameters", () => {
    const result = decode("?year=2024&table=trade~pie~EXPORTS", bounds);
    expect(result.state).toEqual({ year: 2024, sectors: [], tables: ["trade", "exports"] });
    expect(result.ignored).toEqual([{ param: "table", value: "pie", reason: "unknown_panel" }]);
  });

  it("reports an empty, repeated or overlong table parameter and falls back to charts", () => {
    expect(decode("?table=", bounds).ignored).toEqual([{ param: "table", value: "", reason: "empty" }]);
    expect(decode("?table=trade&table=fdi", bounds)).toEqual({
      state: { year: null, sectors: [], tables: [] },
      ignored: [{ param: "table", value: "", reason: "repeated" }],
    });
    expect(decode(`?table=${"trade~".repeat(100)}`, bounds).ignored[0]?.reason).toBe("too_long");
  });
});

describe("decode", () => {
  it("reads a canonical link", () => {
    expect(decode("?year=2022&sector=energy~digital", bounds)).toEqual({
      state: { year: 2022, sectors: ["energy", "digital"], tables: [] },
      ignored: [],
    });
  });

  it("accepts commas and percent-encoded separators but canonicalises them", () => {
    const { state } = decode("?sector=digital%2Cenergy,ENERGY", bounds);
    expect(state.sectors).toEqual(["energy", "digital"]);
  });

  it.each([
    ["?year=abc", "not_a_year"],
    ["?year=1850", "year_out_of_range"],
    ["?year=2999", "year_out_of_range"],
    ["?year=20245", "not_a_year"],
    ["?year=", "empty"],
  ])("falls back to the default year for %s", (search, reason) => {
    const result = decode(search, bounds);
    expect(result.state.year).toBeNull();
    expect(result.ignored).toEqual([expect.objectContaining({ param: "year", reason })]);
  });

  it("keeps the good sectors and reports the unknown one", () => {
    const result = decode("?year=2024&sector=energy~unknown", bounds);
    expect(result.state).toEqual({ year: 2024, sectors: ["energy"], tables: [] });
    expect(result.ignored).toEqual([{ param: "sector", value: "unknown", reason: "unknown_sector" }]);
  });

  it("ignores a repeated key but keeps the other parameters", () => {
    const result = decode("?year=2023&year=2024&sector=finance", bounds);
    expect(result.state).toEqual({ year: null, sectors: ["finance"], tables: [] });
    expect(result.ignored).toEqual([{ param: "year", value: "", reason: "repeated" }]);
  });

  it("ignores a 5,000-character value and shortens it for display", () => {
    const long = "x".repeat(5000);
    const result = decode(`?sector=${long}&year=2022`, bounds);
    expect(result.state).toEqual({ year: 2022, sectors: [], tables: [] });
    expect(result.ignored[0]?.reason).toBe("too_long");
    expect(result.ignored[0]?.value.length).toBeLessThan(50);
  });

  it("does not throw on malformed percent-escapes", () => {
    expect(() => decode("?year=%E0%A4%A&sector=%", bounds)).not.toThrow();
    expect(decode("?year=%E0%A4%A", bounds).state.year).toBeNull();
  });

  it("reports unknown parameters", () => {
    expect(decode("?utm_source=mail&year=2024", bounds).ignored).toEqual([
      { param: "utm_source", value: "", reason: "unknown_param" },
    ]);
  });
});

describe("round trip (property-based)", () => {
  it("decode(encode(state)) gives the state back, with nothing ignored", () => {
    fc.assert(
      fc.property(stateArb, fc.integer({ min: bounds.min, max: bounds.max }), (state: FilterState, defaultYear) => {
        const search = encode(state, defaultYear);
        const { state: back, ignored } = decode(search, bounds);
        expect(ignored).toEqual([]);
        expect(back.year).toBe(state.year === defaultYear ? null : state.year);
        const expectedSectors =
          state.sectors.length === SECTOR_IDS.length ? [] : SECTOR_IDS.filter((s) => state.sectors.includes(s));
        expect(back.sectors).toEqual(expectedSectors);
        expect(back.tables).toEqual(PANEL_KEYS.filter((p) => state.tables.includes(p)));
      }),
    );
  });

  it("never throws and always yields a valid state, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (search) => {
        const { state } = decode(search, bounds);
        if (state.year !== null) {
          expect(state.year).toBeGreaterThanOrEqual(bounds.min);
          expect(state.year).toBeLessThanOrEqual(bounds.max);
        }
        for (const s of state.sectors) expect(SECTOR_IDS).toContain(s);
        for (const p of state.tables) expect(PANEL_KEYS).toContain(p);
      }),
    );
  });

  it("canonical output contains no percent-encoding", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(encode(state, null)).not.toMatch(/%/);
      }),
    );
  });

  it("encoding is idempotent through decode", () => {
    fc.assert(
      fc.property(fc.webQueryParameters(), (query) => {
        const once = encode(decode(`?${query}`, bounds).state, null);
        const twice = encode(decode(once, bounds).state, null);
        expect(twice).toBe(once);
        // year, sector and table each optional, in that order, joined by "&".
        const parts = once === "" ? [] : once.slice(1).split("&");
        expect(parts.map((p) => p.split("=")[0])).toEqual(
          ["year", "sector", "table"].filter((k) => parts.some((p) => p.startsWith(`${k}=`))),
        );
        for (const part of parts) expect(part).toMatch(/^(year=\d{4}|(sector|table)=[a-z]+(~[a-z]+)*)$/);
      }),
    );
  });
});
