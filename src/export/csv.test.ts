import { describe, expect, it } from "vitest";
import { csvField } from "./csv";

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
