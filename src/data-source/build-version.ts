/**
 * The bundled dataset's version, computed by the build from mock-data/ (scripts/dataset-plugin.ts);
 * null where no build defined it (the reference server's bundle, which computes its own).
 */
import type { DataVersion } from "./data-version";

declare const __DATA_VERSION__: DataVersion | undefined;

export const BUILD_DATA_VERSION: DataVersion | null = typeof __DATA_VERSION__ === "undefined" ? null : __DATA_VERSION__;
