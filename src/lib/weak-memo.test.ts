import { describe, expect, it, vi } from "vitest";
import { weakMemo } from "./weak-memo";

describe("weakMemo", () => {
  it("computes once per argument object and again for a different object", () => {
    const fn = vi.fn((list: number[]) => list.length);
    const memo = weakMemo(fn);
    const a = [1, 2];
    expect(memo(a)).toBe(2);
    expect(memo(a)).toBe(2);
    expect(memo([1])).toBe(1);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
