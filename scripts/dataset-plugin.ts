/**
 * Vite plugin: validates mock-data/ when the app is built or served, so a broken
 * dataset stops the build with a message naming the file, record and field; and gives the
 * app the dataset's version (`__DATA_VERSION__`, read by src/data-source/build-version.ts).
 */
import type { HtmlTagDescriptor, Plugin } from "vite";
import { versionOfDir } from "./dataset-version.ts";
import { loadDataset, loadLabelFiles } from "./load-dataset.ts";

export function validateDatasetPlugin(dir: string): Plugin {
  return {
    name: "validate-dataset",
    config() {
      const { version, lastUpdated } = versionOfDir(dir);
      return { define: { __DATA_VERSION__: JSON.stringify({ version, lastUpdated }) } };
    },
    buildStart() {
      try {
        loadLabelFiles(dir, loadDataset(dir));
      } catch (error) {
        this.error(`Invalid dataset — ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    // The built page asks for the dataset files and config.json while the script downloads, so
    // the app finds them fetched (src/data-source/bundled-files.ts, src/config/runtime-config.ts).
    transformIndexHtml: {
      order: "post",
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        const files = Object.values(ctx.bundle).filter(
          (out) => out.type === "asset" && out.originalFileNames.some((name) => name.startsWith("mock-data/")),
        );
        const preload = (href: string, language?: string): HtmlTagDescriptor => ({
          tag: "link",
          attrs: {
            rel: "preload",
            href,
            as: "fetch",
            crossorigin: "anonymous",
            ...(language ? { "data-language": language } : {}),
          },
          injectTo: "head",
        });
        // A labels file is preloaded by its language's page only (scripts/prerender.mjs keeps one, or none).
        const languageOf = (file: (typeof files)[number]) =>
          file.type === "asset"
            ? /mock-data\/labels-([a-z]+)\.json$/.exec(file.originalFileNames[0] ?? "")?.[1]
            : undefined;
        return [preload("/config.json"), ...files.map((file) => preload(`/${file.fileName}`, languageOf(file)))];
      },
    },
  };
}
