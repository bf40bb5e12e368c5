import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import pluginQuery from "@tanstack/eslint-plugin-query";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import checkFile from "eslint-plugin-check-file";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;

/*
 * Layers, enforced by import-x/no-restricted-paths (zones by path from the repository root).
 * An arrow means "may import" (skipping levels is fine); nothing imports against the arrows.
 *
 *   main.tsx → app → panels/<panel> → components → state, config, export → data-source → lib
 *                                     └──────────── shared layer ──────────────────────┘
 *
 * - Only src/main.tsx and src/prerender (the server render) import src/app; nothing in src
 *   imports either of them (server/ and scripts/ import src/prerender).
 * - A panel imports nothing else under src/panels (one zone per folder, read from disk, so a
 *   new panel is covered); what two panels share belongs in the shared layer.
 * - The shared layer never imports panels or the app.
 * - state, config and export (table models, CSV/SVG/PNG, citations) are siblings (none imports
 *   another); data-source imports only lib;
 *   lib is pure: it imports nothing of ours outside src/lib.
 * - server/ and scripts/ (Node side) import from src only src/data-source (schemas, contract),
 *   src/lib and src/prerender.
 * - Only test files import tests/ (its fixtures and helpers).
 */
const SRC_ENTRIES = readdirSync(path.join(root, "src"), { withFileTypes: true }).map((e) => e.name);
const PANELS = readdirSync(path.join(root, "src/panels"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);
const SHARED = ["src/components", "src/state", "src/export", "src/data-source", "src/config", "src/lib"];
const srcExcept = (...keep) => SRC_ENTRIES.filter((e) => !keep.includes(e)).map((e) => `src/${e}`);

/**
 * The layer rules as [importing files, may not import, message, may import anyway].
 * "src/main.tsx" etc. are paths from the repository root; a folder covers everything in it.
 */
const LAYER_RULES = [
  [["src"], ["src/main.tsx"], "src/main.tsx is the entry point; nothing imports it."],
  [["src"], ["src/prerender"], "src/prerender is the server render's entry: only server/ and scripts/ import it."],
  [["src/panels", ...SHARED], ["src/app"], "Only src/main.tsx imports the app shell (src/app)."],
  ...PANELS.map((panel) => [
    [`src/panels/${panel}`],
    ["src/panels"],
    "Panels do not import each other (nor files beside them in src/panels); shared code belongs in the shared layer.",
    [`src/panels/${panel}`],
  ]),
  [SHARED, ["src/panels"], "The shared layer (components, state, data-source, config, lib) never imports a panel."],
  [
    ["src/state", "src/config", "src/export", "src/data-source", "src/lib"],
    ["src/components"],
    "Only app and panels import src/components.",
  ],
  [
    ["src/config", "src/export", "src/data-source", "src/lib"],
    ["src/state"],
    "src/state is imported only by components, panels, app and main.",
  ],
  [
    ["src/state", "src/export", "src/data-source", "src/lib"],
    ["src/config"],
    "src/config is imported only by components, panels, app and main.",
  ],
  [
    ["src/state", "src/config", "src/data-source", "src/lib"],
    ["src/export"],
    "src/export is imported only by components, panels, app and main.",
  ],
  [
    ["src/lib"],
    ["src/data-source", "server", "scripts", "mock-data"],
    "src/lib is pure: it imports nothing of ours outside src/lib.",
  ],
  [
    ["server", "scripts"],
    srcExcept("data-source", "lib", "prerender"),
    "server/ and scripts/ import from src only src/data-source, src/lib and the server render (src/prerender).",
  ],
  [
    ["src/**/!(*.test).{ts,tsx}", "server/**/!(*.test).ts", "scripts"],
    ["tests"],
    "Only test files import from tests/.",
  ],
];

/**
 * import-x zones for LAYER_RULES, one per forbidden path so that each exception is relative to
 * the `from` folder it lives in (import-x requires that).
 * @param {string[]} [allowed] extra files that may be imported despite the rules: only for the
 *   TEMPORARY exemption below, which applies it to a named set of importing files.
 */
function layerZones(allowed = []) {
  return LAYER_RULES.flatMap(([target, from, message, except = []]) =>
    from.map((f) => {
      const inside = [...except, ...allowed].filter((a) => a.startsWith(`${f}/`));
      const zone = { target, from: f, message };
      return inside.length > 0 ? { ...zone, except: inside.map((a) => `./${path.relative(f, a)}`) } : zone;
    }),
  );
}

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "bench/results", "test-results", "playwright-report"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs["flat/recommended"],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            "*.js",
            "*.mjs",
            "playwright.config.ts",
            "bench/*.mjs",
            "tests/e2e/*.mjs",
            "tests/e2e/support/*.mjs",
          ],
        },
        tsconfigRootDir: root,
      },
    },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    plugins: { "import-x": importX, "check-file": checkFile },
    settings: {
      // Without these import-x parses no .ts dependency, and no-cycle would see no cycle.
      "import-x/extensions": [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"],
      "import-x/external-module-folders": ["node_modules", "node_modules/@types"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx", ".mts", ".cts"] },
      "import-x/resolver-next": [
        createTypeScriptImportResolver({ project: path.join(root, "tsconfig.json") }),
        createNodeResolver(),
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}", "server/**/*.{ts,mjs}", "scripts/**/*.{ts,mjs}"],
    rules: { "import-x/no-restricted-paths": ["error", { basePath: root, zones: layerZones() }] },
  },
  {
    // tests/unit/fixtures/cycle holds the two files the lint-layers test uses to prove cycles are caught.
    files: ["src/**/*.{ts,tsx}", "server/**/*.{ts,mjs}", "tests/unit/fixtures/**/*.ts"],
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    // Kebab-case names; role suffixes stay free: x.transform.ts, x.table.test.ts, x.spec.ts, x.d.mts.
    files: ["{src,server,tests,scripts,bench}/**/*.{ts,tsx,js,mjs,mts}"],
    rules: {
      "check-file/filename-naming-convention": [
        "error",
        { "**/*.{ts,tsx,js,mjs,mts}": "KEBAB_CASE" },
        { ignoreMiddleExtensions: true },
      ],
      "check-file/folder-naming-convention": ["error", { "{src,server,tests,scripts,bench}/**/": "KEBAB_CASE" }],
    },
  },
  {
    files: ["**/*.{js,mjs}"],
    ...tseslint.configs.disableTypeChecked,
  },
);
