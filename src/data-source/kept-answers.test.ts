import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { browserOffline, keepAnswer, keptAnswer, keptAnswersTime, subscribeKeptAnswers } from "./kept-answers";

/** Cache Storage as the browser has it, in memory (jsdom has none). */
function fakeCaches() {
  const stores = new Map<string, Map<string, Response>>();
  return {
    open: (name: string) => {
      const store = stores.get(name) ?? new Map<string, Response>();
      stores.set(name, store);
      return Promise.resolve({
        put: (url: string, response: Response) => Promise.resolve(void store.set(url, response)),
        match: (url: string) => Promise.resolve(store.get(url)?.clone()),
      });
    },
  };
}

beforeEach(() => vi.stubGlobal("caches", fakeCaches()));
afterEach(() => vi.unstubAllGlobals());

describe("kept API answers", () => {
  it("keeps an answer and gives it back, saying when it was received, until a fresh one comes", async () => {
    const url = "https://api.example.org/api/v1/trade?year=2024";
    await keepAnswer(url, '{"data":[1]}', 1_700_000_000_000);
    const seen = vi.fn();
    const unsubscribe = subscribeKeptAnswers(seen);
    expect(await keptAnswer(url)).toEqual({ data: [1] });
    expect(keptAnswersTime()).toBe(1_700_000_000_000);
    expect(seen).toHaveBeenCalled();
    await keepAnswer(url, '{"data":[2]}');
    expect(keptAnswersTime()).toBeNull();
    unsubscribe();
  });

  it("has nothing for an address never answered, and nothing at all without Cache Storage", async () => {
    expect(await keptAnswer("https://api.example.org/api/v1/companies")).toBeUndefined();
    vi.stubGlobal("caches", undefined);
    await keepAnswer("https://api.example.org/x", "{}");
    expect(await keptAnswer("https://api.example.org/x")).toBeUndefined();
  });

  it("reads the browser's own word on being offline", () => {
    expect(browserOffline()).toBe(false);
    vi.spyOn(navigator, "onLine", "get").mockReturnValue(false);
    expect(browserOffline()).toBe(true);
  });
});
