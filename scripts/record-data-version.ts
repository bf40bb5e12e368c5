/**
 * `npm run data:version`: records the dataset's current version (mock-data/) in
 * data-history/versions.json, the list of versions a pinned link can be compared against
 * ("the data has changed since this link was made", naming what changed).
 *
 * `npm run data:version -- --from-git` also records every earlier version of the dataset in
 * this repository's history (each commit that changed a dataset file), oldest first.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseHistory, type DataHistory } from "../src/data-source/data-history.ts";
import type { DatasetFigures } from "../src/data-source/data-version.ts";
import { DATASET_FILES } from "../src/data-source/schema.ts";
import { readDataset, versionOfDataset, versionOfDir } from "./dataset-version.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const historyFile = path.join(root, "data-history", "versions.json");

function git(...args: string[]): string {
  return execFileSync("git", args, {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "ignore"],
  });
}

function versionsFromGit(): DatasetFigures[] {
  const files = Object.values(DATASET_FILES).map((f) => `mock-data/${f.file}`);
  const commits = git("log", "--reverse", "--format=%H", "--", ...files)
    .split("\n")
    .filter((line) => line !== "");
  return commits.map((commit) =>
    versionOfDataset(
      readDataset((file) => {
        try {
          return git("show", `${commit}:mock-data/${file}`);
        } catch {
          return null; // the file did not exist yet
        }
      }),
    ),
  );
}

const history: DataHistory = existsSync(historyFile)
  ? parseHistory(JSON.parse(readFileSync(historyFile, "utf8")))
  : { versions: [] };
const found = [
  ...(process.argv.includes("--from-git") ? versionsFromGit() : []),
  versionOfDir(path.join(root, "mock-data")),
];
let added = 0;
for (const entry of found) {
  if (history.versions.some((v) => v.version === entry.version)) continue;
  history.versions.push(entry);
  added += 1;
}
writeFileSync(historyFile, `${JSON.stringify(history, null, 2)}\n`);
const current = found[found.length - 1];
console.log(
  `${path.relative(root, historyFile)}: ${history.versions.length} versions (${added} added); current ${current?.version ?? "?"}`,
);
