/**
 * The dataset's earlier versions (data-history/versions.json, written by `npm run data:version`):
 * each version's figures and their hashes, so a link pinned to an older version can say what
 * changed since. Read loosely and checked by hand (no zod: the page loads it only when needed).
 */
import { diffFigures, VERSION_PATTERN, type DatasetFigures, type FigureDiff } from "./data-version";

export interface DataHistory {
  versions: DatasetFigures[];
}

function isEntry(value: unknown): value is DatasetFigures {
  if (value === null || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.version === "string" &&
    VERSION_PATTERN.test(v.version) &&
    (v.lastUpdated === null || typeof v.lastUpdated === "string") &&
    v.figures !== null &&
    typeof v.figures === "object" &&
    Object.values(v.figures).every((h) => typeof h === "string")
  );
}

/** The history file's entries; throws when it is not one. */
export function parseHistory(raw: unknown): DataHistory {
  const versions = raw !== null && typeof raw === "object" ? (raw as Record<string, unknown>).versions : undefined;
  if (!Array.isArray(versions) || !versions.every(isEntry)) throw new Error("not a data history file");
  return { versions };
}

/** What changed from the pinned version to the current one; null when either is unknown to the history. */
export function changesSince(history: DataHistory, pinned: string, current: string): FigureDiff | null {
  const before = history.versions.find((v) => v.version === pinned);
  const after = history.versions.find((v) => v.version === current);
  return before && after ? diffFigures(before.figures, after.figures) : null;
}
