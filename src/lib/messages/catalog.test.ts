import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { en } from ".";

/** Every source file outside the catalog (tests included: a key only a test uses is still dead). */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return full.endsWith(path.join("lib", "messages")) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

describe("message catalog", () => {
  const code = sourceFiles(path.resolve(__dirname, "../.."))
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
  // Keys built at run time from a prefix: t(`sector.${id}`), t(`trade.metric.${m}`).
  const prefixes = [...code.matchAll(/`([a-zA-Z]+\.[\w.]*)\$\{/g)].map((m) => m[1] ?? "");

  it("has no key that no code uses", () => {
    const unused = Object.keys(en).filter(
      (key) => !code.includes(`"${key}"`) && !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });
});
