// @vitest-environment node
/**
 * The build's dataset check: a real `vite build` with the dataset plugin stops on a dataset
 * whose source link is not http(s), and the message names the file, the record and the field.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDatasetPlugin } from "../../scripts/dataset-plugin";

const MOCK_DATA_DIR = path.resolve(import.meta.dirname, "../../mock-data");

let tmp: string;
let root: string;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), "dataset-plugin-"));
  root = path.join(tmp, "app");
  mkdirSync(root);
  writeFileSync(path.join(root, "index.html"), "<!doctype html><title>t</title><p>t</p>\n");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of mock-data/ named `name` whose first web source links to `url`. */
function datasetWithLink(name: string, url: string): { dir: string; index: number; id: string } {
  const dir = path.join(tmp, name);
  cpSync(MOCK_DATA_DIR, dir, { recursive: true });
  const file = path.join(dir, "sources.json");
  const data = JSON.parse(readFileSync(file, "utf8")) as { sources: { id: string; kind: string; url?: string }[] };
  const index = data.sources.findIndex((s) => s.kind === "web");
  const source = data.sources[index];
  if (!source) throw new Error("mock-data/sources.json has no web source");
  source.url = url;
  writeFileSync(file, JSON.stringify(data));
  return { dir, index, id: source.id };
}

function buildWith(datasetDir: string) {
  return build({
    root,
    configFile: false,
    logLevel: "silent",
    plugins: [validateDatasetPlugin(datasetDir)],
    build: { write: false },
  });
}

describe("the build's dataset check", () => {
  it("builds with the real dataset", async () => {
    await expect(buildWith(MOCK_DATA_DIR)).resolves.toBeDefined();
  }, 30_000);

  it.each([
    ["javascript", "javascript:alert(document.cookie)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["vbscript", "vbscript:msgbox(1)"],
    ["leading-space", " javascript:alert(1)"],
    ["tab", "java\tscript:alert(1)"],
  ])(
    "stops on a %s link, naming the file, the record and the field",
    async (name, url) => {
      const { dir, index, id } = datasetWithLink(`links-${name}`, url);
      const error = await buildWith(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      const message = (error as Error).message;
      expect(message).toContain("Invalid dataset");
      expect(message).toContain(`links-${name}/sources.json: sources[${index}] (id "${id}"), field "url": `);
      expect(message).toContain("must be an absolute http:// or https:// URL");
    },
    30_000,
  );
});
