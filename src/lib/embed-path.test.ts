import { describe, expect, it } from "vitest";
import { embedPath, splitEmbedPath } from "./embed-path";

describe("splitEmbedPath", () => {
  it.each([
    ["/embed/trade", { page: "/", embed: "trade" }],
    ["/embed/trade/", { page: "/", embed: "trade" }],
    ["/az/embed/fdi", { page: "/az/", embed: "fdi" }],
    ["/ru/embed/companies/", { page: "/ru/", embed: "companies" }],
    ["/de/embed/trade", { page: "/de/", embed: "trade" }],
    ["/embed/unknown", { page: "/", embed: "unknown" }],
    ["/embed/", { page: "/", embed: "" }],
    ["/embed/%E2%9C%93", { page: "/", embed: "✓" }],
  ])("reads %s as an embed address", (path, route) => {
    expect(splitEmbedPath(path)).toEqual(route);
  });

  it.each(["/", "/az/", "/ru/index.html", "/embed", "/a/b/embed/trade", "/embedded/trade", "/embed/trade/x"])(
    "leaves %s a dashboard address",
    (path) => {
      expect(splitEmbedPath(path)).toEqual({ page: path, embed: null });
    },
  );

  it("reads the path after the app's base", () => {
    expect(splitEmbedPath("/dash/az/embed/trade", "/dash/")).toEqual({ page: "/dash/az/", embed: "trade" });
    expect(splitEmbedPath("/dash/embed/trade", "/dash/")).toEqual({ page: "/dash/", embed: "trade" });
  });
});

describe("embedPath", () => {
  it("puts the embed after the language's page", () => {
    expect(embedPath("en", "trade")).toBe("/embed/trade/");
    expect(embedPath("az", "fdi")).toBe("/az/embed/fdi/");
    expect(embedPath("ru", "milestones", "/dash/")).toBe("/dash/ru/embed/milestones/");
  });

  it("round-trips with splitEmbedPath", () => {
    expect(splitEmbedPath(embedPath("ru", "exports"))).toEqual({ page: "/ru/", embed: "exports" });
  });
});
