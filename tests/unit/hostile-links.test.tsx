/**
 * The dashboard over an API that plants a script link in a source: the sources response is
 * refused with the usual validation error (request, record, field), and no link on the page
 * points anywhere but http(s) or the page itself.
 */
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RESOURCE_PATHS, respond } from "../../src/data-source/api-contract";
import { createHttpSource } from "../../src/data-source/http-source";
import type { ResourceName } from "../../src/data-source/schema";
import { data } from "../support/dataset";
import { renderApp } from "../support/render-app";

const base = "https://api.example.org/api/v1";
const BY_PATH = new Map<string, ResourceName>(
  Object.entries(RESOURCE_PATHS).map(([name, p]) => [p, name as ResourceName]),
);

function hostileApi(url: string) {
  const at = data.sources.sources.findIndex((s) => s.kind === "web");
  const target = data.sources.sources[at];
  if (!target) throw new Error("sources.json has no web source");
  const sources = { sources: data.sources.sources.map((s, i) => (i === at ? { ...s, url } : s)) };
  const source = createHttpSource({
    baseUrl: base,
    timeoutMs: 5000,
    fetch: (input) => {
      const requested = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
      const name = BY_PATH.get(requested.pathname.replace("/api/v1/", ""));
      if (name === undefined) return Promise.resolve(new Response("", { status: 404 }));
      const year = requested.searchParams.get("year");
      const query = year === null ? {} : { year: Number(year) };
      const body =
        name === "sources"
          ? { ...respond("sources", data.sources, {}), data: sources }
          : respond(name, data[name] as never, query);
      return Promise.resolve(
        new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } }),
      );
    },
  });
  return { source, at, id: target.id };
}

describe("an API that sends a script link", () => {
  it.each(["javascript:alert(document.cookie)", " javascript:alert(1)", "data:text/html,x", "vbscript:msgbox(1)"])(
    "refuses %j with the validation error and renders no such link",
    async (url) => {
      const { source, at, id } = hostileApi(url);
      renderApp("", source);
      const expected = `GET ${base}/sources: data.sources[${at}] (id "${id}"), field "url"`;
      await waitFor(() =>
        expect(screen.getAllByRole("alert").some((el) => el.textContent?.includes(expected))).toBe(true),
      );
      // Every link from data (the language switcher's own links to the page's languages aside).
      const hrefs = [...document.querySelectorAll("a[href]:not([hreflang])")].map((a) => a.getAttribute("href") ?? "");
      expect(hrefs.filter((h) => !/^(https?:\/\/|#)/.test(h))).toEqual([]);
    },
  );
});
