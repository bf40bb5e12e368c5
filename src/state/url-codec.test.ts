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
  vs: fc.option(fc.integer({ min: bounds.min, max: bounds.max }), { nil: null }),
});

describe("encode", () => {
  it("omits defaults entirely", () => {
    expect(encode({ year: null, sectors: [], tables: [], vs: null }, 2025)).toBe("");
    expect(encode({ year: 2025, sectors: [], tables: [], vs: null }, 2025)).toBe("");
  });

  it("writes parameters in a fixed order with sectors in catalogue order, unencoded", () => {
    expect(encode({ year: 2023, sectors: ["finance", "energy"], tables: [], vs: null }, 2025)).toBe(
      "?year=2023&sector=energy~finance",
    );
  });

  it("treats every sector selected as all sectors", () => {
    expect(encode({ year: null, sectors: [...SECTOR_IDS], tables: [], vs: null }, 2025)).toBe("");
  });
});

describe("table views", () => {
  it("writes the panels shown as tables last, in panel order, unencoded", () => {
    expect(encode({ year: 2024, sectors: ["energy"], tables: ["fdi", "trade"], vs: null }, 2025)).toBe(
      "?year=2024&sector=energy&table=trade~fdi",
    );
    expect(encode({ year: null, sectors: [], tables: ["companies"], vs: null }, 2025)).toBe("?table=companies");
  });

  it("reads table views and keeps old links (without the parameter) as charts", () => {
    expect(decode("?table=fdi~trade", bounds)).toEqual({
      state: { year: null, sectors: [], tables: ["trade", "fdi"], vs: null },
      ignored: [],
    });
    expect(decode("?year=2024&sector=energy", bounds).state.tables).toEqual([]);
  });

  it("ignores an unknown panel but keeps the known ones and the other parameters", () => {
    const result = decode("?year=2024&table=trade~pie~EXPORTS", bounds);
    expect(result.state).toEqual({ year: 2024, sectors: [], tables: ["trade", "exports"], vs: null });
    expect(result.ignored).toEqual([{ param: "table", value: "pie", reason: "unknown_panel" }]);
  });

  it("reports an empty, repeated or overlong table parameter and falls back to charts", () => {
    expect(decode("?table=", bounds).ignored).toEqual([{ param: "table", value: "", reason: "empty" }]);
    expect(decode("?table=trade&table=fdi", bounds)).toEqual({
      state: { year: null, sectors: [], tables: [], vs: null },
      ignored: [{ param: "table", value: "", reason: "repeated" }],
    });
    expect(decode(`?table=${"trade~".repeat(100)}`, bounds).ignored[0]?.reason).toBe("too_long");
  });
});

describe("decode", () => {
  it("reads a canonical link", () => {
    expect(decode("?year=2022&sector=energy~digital", bounds)).toEqual({
      state: { year: 2022, sectors: ["energy", "digital"], tables: [], vs: null },
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
    expect(result.state).toEqual({ year: 2024, sectors: ["energy"], tables: [], vs: null });
    expect(result.ignored).toEqual([{ param: "sector", value: "unknown", reason: "unknown_sector" }]);
  });

  it("ignores a repeated key but keeps the other parameters", () => {
    const result = decode("?year=2023&year=2024&sector=finance", bounds);
    expect(result.state).toEqual({ year: null, sectors: ["finance"], tables: [], vs: null });
    expect(result.ignored).toEqual([{ param: "year", value: "", reason: "repeated" }]);
  });

  it("ignores a 5,000-character value and shortens it for display", () => {
    const long = "x".repeat(5000);
    const result = decode(`?sector=${long}&year=2022`, bounds);
    expect(result.state).toEqual({ year: 2022, sectors: [], tables: [], vs: null });
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
        // A comparison with the year shown (explicit or default) compares nothing and is dropped.
        expect(back.vs).toBe(state.vs === (state.year ?? defaultYear) ? null : state.vs);
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
        if (state.vs !== null) {
          expect(state.vs).toBeGreaterThanOrEqual(bounds.min);
          expect(state.vs).toBeLessThanOrEqual(bounds.max);
          expect(state.vs).not.toBe(state.year);
        }
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
        // year, vs, sector and table each optional, in that order, joined by "&".
        const parts = once === "" ? [] : once.slice(1).split("&");
        expect(parts.map((p) => p.split("=")[0])).toEqual(
          ["year", "vs", "sector", "table"].filter((k) => parts.some((p) => p.startsWith(`${k}=`))),
        );
        for (const part of parts) expect(part).toMatch(/^((year|vs)=\d{4}|(sector|table)=[a-z]+(~[a-z]+)*)$/);
      }),
    );
  });
});

describe("comparing two years (vs, years)", () => {
  const state = (year: number | null, vs: number | null): FilterState => ({ year, vs, sectors: [], tables: [] });

  it("writes vs right after year, and vs alone when the year is the default", () => {
    expect(encode({ ...state(2024, 2022), sectors: ["energy"] }, 2025)).toBe("?year=2024&vs=2022&sector=energy");
    expect(encode(state(null, 2022), 2025)).toBe("?vs=2022");
    expect(encode(state(2025, 2022), 2025)).toBe("?vs=2022");
  });

  it("drops a comparison with the year shown itself", () => {
    expect(encode(state(2024, 2024), 2025)).toBe("?year=2024");
    expect(encode(state(null, 2025), 2025)).toBe("");
  });

  it("reads vs, and vs without a year as a comparison with the default year", () => {
    expect(decode("?year=2024&vs=2022", bounds)).toEqual({ state: state(2024, 2022), ignored: [] });
    expect(decode("?vs=2022", bounds)).toEqual({ state: state(null, 2022), ignored: [] });
  });

  it("reads a range into the same state, the later year as the focus, in either order", () => {
    expect(decode("?years=2022..2024", bounds)).toEqual({ state: state(2024, 2022), ignored: [] });
    expect(decode("?years=2024..2022", bounds).state).toEqual(state(2024, 2022));
    expect(encode(decode("?years=2022..2024&sector=energy", bounds).state, 2025)).toBe(
      "?year=2024&vs=2022&sector=energy",
    );
  });

  it.each([
    ["?year=2024&vs=abc", { param: "vs", value: "abc", reason: "compare_not_a_year" }, 2024],
    ["?year=2024&vs=1850", { param: "vs", value: "1850", reason: "compare_out_of_range" }, 2024],
    ["?year=2024&vs=2024", { param: "vs", value: "2024", reason: "compare_same_year" }, 2024],
    ["?year=2024&vs=", { param: "vs", value: "", reason: "empty" }, 2024],
    ["?years=2022-2024", { param: "years", value: "2022-2024", reason: "compare_not_a_year" }, null],
    ["?years=2022..2999", { param: "years", value: "2999", reason: "compare_out_of_range" }, null],
    ["?years=2022..2022", { param: "years", value: "2022", reason: "compare_same_year" }, null],
    ["?year=2023&years=2022..2024", { param: "years", value: "2022..2024", reason: "compare_conflict" }, 2023],
  ])("ignores %s with a notice and keeps the year", (search, notice, year) => {
    const result = decode(search, bounds);
    expect(result.state).toEqual(state(year, null));
    expect(result.ignored).toEqual([notice]);
  });

  it("ignores a repeated vs, and a range given with vs", () => {
    expect(decode("?vs=2022&vs=2023", bounds).state.vs).toBeNull();
    const both = decode("?vs=2021&years=2022..2024", bounds);
    expect(both.state).toEqual(state(null, 2021));
    expect(both.ignored).toEqual([{ param: "years", value: "2022..2024", reason: "compare_conflict" }]);
  });

  it("round trip: every pair of years decodes to what was encoded (property)", () => {
    const year = fc.integer({ min: bounds.min, max: bounds.max });
    fc.assert(
      fc.property(year, year, year, (focus, vs, defaultYear) => {
        fc.pre(focus !== vs);
        const back = decode(encode(state(focus, vs), defaultYear), bounds);
        expect(back.ignored).toEqual([]);
        expect(back.state.year ?? defaultYear).toBe(focus);
        expect(back.state.vs).toBe(vs);
      }),
    );
  });

  it("a range and its canonical form are the same view (property)", () => {
    const year = fc.integer({ min: bounds.min, max: bounds.max });
    fc.assert(
      fc.property(year, year, (a, b) => {
        fc.pre(a !== b);
        const fromRange = decode(`?years=${a}..${b}`, bounds).state;
        expect(fromRange).toEqual(state(Math.max(a, b), Math.min(a, b)));
        expect(decode(encode(fromRange, null), bounds).state).toEqual(fromRange);
      }),
    );
  });

  it("never throws on garbage comparison values (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (vs, years) => {
        for (const search of [`?vs=${vs}`, `?years=${years}`, `?year=2024&vs=${vs}&years=${years}`]) {
          const { state: s } = decode(search, bounds);
          if (s.vs !== null) expect(s.vs).not.toBe(s.year);
          expect(encode(decode(encode(s, null), bounds).state, null)).toBe(encode(s, null));
        }
      }),
    );
  });
});
