// @vitest-environment node
/**
 * Proves that the layer rules in eslint.config.js bite: each case lints a small virtual file at
 * a path inside the real tree (nothing is written to disk) and looks for the rule's report.
 * The imported files are picked from disk, so the cases survive renames inside a layer.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
let eslint: ESLint;

// Linting is fast once ESLint has loaded the config and plugins (in beforeAll); a loaded machine
// can still make one case slower than vitest's 5 s default.
const slow = { timeout: 30_000 };

beforeAll(async () => {
  // The project's own config; only the type-aware rules are switched off (they need a TS
  // program, which is slow to build and irrelevant to import paths and file names).
  eslint = new ESLint({ cwd: root, overrideConfig: tseslint.configs.disableTypeChecked });
  await eslint.lintText("export {};\n", { filePath: path.join(root, "src/lib/lint-probe.ts") });
}, 120_000);

/** Some module file in `dir` (relative to the repository root), as an import specifier from `fromDir`. */
function someModuleIn(dir: string, fromDir: string): string {
  const file = readdirSync(path.join(root, dir))
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|d)\./.test(f))
    .sort()[0];
  if (file === undefined) throw new Error(`no module in ${dir}`);
  const specifier = path.posix.relative(fromDir, path.posix.join(dir, file.replace(/\.tsx?$/, "")));
  return specifier.startsWith(".") ? specifier : `./${specifier}`;
}

function panels(): string[] {
  return readdirSync(path.join(root, "src/panels"), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Rule ids reported for `code` as if it were the file at `filePath`. */
async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  if (result === undefined) throw new Error("no lint result");
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((m) => m.message).join("; "));
  return result.messages.map((m) => m.ruleId ?? "");
}

/** Lints a probe file in `fromDir` that imports some module of `toDir`. */
function importFrom(fromDir: string, toDir: string): Promise<string[]> {
  return ruleIds(`${fromDir}/lint-probe.ts`, `export * from "${someModuleIn(toDir, fromDir)}";\n`);
}

describe("layer zones (import-x/no-restricted-paths)", slow, () => {
  const ZONE = "import-x/no-restricted-paths";

  it("reports a panel importing another panel", async () => {
    const [first, second] = panels();
    expect(second).toBeDefined();
    expect(await importFrom(`src/panels/${first}`, `src/panels/${second}`)).toContain(ZONE);
    expect(await importFrom(`src/panels/${second}`, `src/panels/${first}`)).toContain(ZONE);
  });

  it("reports src/lib importing src/state", async () => {
    expect(await importFrom("src/lib", "src/state")).toContain(ZONE);
  });

  it("reports src/components importing a panel", async () => {
    expect(await importFrom("src/components", `src/panels/${panels()[0]}`)).toContain(ZONE);
  });

  it("reports server/ importing src/state", async () => {
    expect(await importFrom("server", "src/state")).toContain(ZONE);
  });

  it("accepts a panel importing src/components and its own folder", async () => {
    const panel = `src/panels/${panels()[0]}`;
    expect(await importFrom(panel, "src/components")).not.toContain(ZONE);
    expect(await importFrom(panel, panel)).not.toContain(ZONE);
  });
});

describe("file names (check-file)", slow, () => {
  it("reports a file name that is not kebab-case", async () => {
    expect(await ruleIds("src/lib/notKebab.ts", "export const x = 1;\n")).toContain(
      "check-file/filename-naming-convention",
    );
  });

  it("accepts kebab-case names with role suffixes", async () => {
    expect(await ruleIds("src/lib/kebab-name.table.test.ts", "export const x = 1;\n")).toEqual([]);
  });

  it("reports a folder name that is not kebab-case", async () => {
    expect(await ruleIds("src/lib/Not_Kebab/x.ts", "export const x = 1;\n")).toContain(
      "check-file/folder-naming-convention",
    );
  });
});

describe("import cycles (import-x/no-cycle)", slow, () => {
  it("reports a module importing a module that imports it", async () => {
    // tests/unit/fixtures/cycle/cycle-b.ts imports cycle-a; this version of cycle-a imports it back.
    const code = 'import { b } from "./cycle-b";\n\nexport const a = 1;\nexport const c = b;\n';
    expect(await ruleIds("tests/unit/fixtures/cycle/cycle-a.ts", code)).toContain("import-x/no-cycle");
  });
});
