import { readFileSync } from "node:fs";
import path from "node:path";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { readDataset, sha256, versionOfDataset, versionOfDir } from "../../scripts/dataset-version";
import { changedFigureName } from "../../src/components/changed-figure-name";
import { BUILD_DATA_VERSION } from "../../src/data-source/build-version";
import { changesSince, parseHistory } from "../../src/data-source/data-history";
import { datasetFigures, diffFigures } from "../../src/data-source/data-version";
import { decode, encode } from "../../src/state/url-codec";
import { useDataPin } from "../../src/state/data-pin";
import { renderApp } from "../support/render-app";

const MOCK_DATA = path.resolve(__dirname, "../../mock-data");
const HISTORY = path.resolve(__dirname, "../../data-history/versions.json");
const history = parseHistory(JSON.parse(readFileSync(HISTORY, "utf8")));
const current = versionOfDir(MOCK_DATA);
const clone = () => readDataset((file) => readFileSync(`${MOCK_DATA}/${file}`, "utf8")) as Record<string, never>;
/** An earlier version of the dataset from this repository's history (the milestones added, before the label fixes). */
const OLDER = "53efb8b0";

describe("the dataset's version", () => {
  it("is recorded in data-history/versions.json", () => {
    const recorded = history.versions.find((v) => v.version === current.version);
    expect(
      recorded,
      `The dataset's version ${current.version} is not in data-history/versions.json: run \`npm run data:version\` and commit the file.`,
    ).toBeDefined();
    expect(recorded?.figures).toEqual(current.figures);
    expect(recorded?.lastUpdated).toBe(current.lastUpdated);
  });

  it("is what the build gives the app, and is 8 hex characters dated by the newest source", () => {
    expect(BUILD_DATA_VERSION).toEqual({ version: current.version, lastUpdated: current.lastUpdated });
    expect(current.version).toMatch(/^[0-9a-f]{8}$/);
    const dates = (clone().sources as unknown as { sources: { published: string | null }[] }).sources.map(
      (s) => s.published,
    );
    expect(current.lastUpdated).toBe(
      dates
        .filter((d) => d !== null)
        .sort()
        .at(-1),
    );
  });

  it("keeps real earlier versions with short figure hashes", () => {
    expect(history.versions.length).toBeGreaterThanOrEqual(3);
    expect(history.versions.some((v) => v.version === OLDER)).toBe(true);
    for (const v of history.versions) for (const h of Object.values(v.figures)) expect(h).toMatch(/^[0-9a-f]{8}$/);
  });

  it("does not change when record ids are renamed, and changes the one figure whose value changes", () => {
    // Every record id renamed, and the references to the sources with them.
    const text = JSON.stringify(clone()).replace(/"(id|sourceId)":"([a-z0-9-]+)"/g, '"$1":"x-$2"');
    const renamed = JSON.parse(
      text.replace(
        /"sourceIds":\[([^\]]*)\]/g,
        (_, ids: string) => `"sourceIds":[${ids.replace(/"([a-z0-9-]+)"/g, '"x-$1"')}]`,
      ),
    ) as Record<string, never>;
    expect(JSON.stringify(renamed)).not.toBe(JSON.stringify(clone()));
    expect(versionOfDataset(renamed).version).toBe(current.version);

    const edited = clone() as unknown as {
      trade: { records: { metric: string; periodStart: string; value: number }[] };
    };
    const record = edited.trade.records.find((r) => r.metric === "exports" && r.periodStart === "2023-01-01");
    if (!record) throw new Error("no 2023 exports record");
    record.value += 1;
    const after = versionOfDataset(edited);
    expect(after.version).not.toBe(current.version);
    expect(diffFigures(current.figures, after.figures)).toEqual({
      added: [],
      changed: ["trade|exports|all_goods|2023"],
      removed: [],
    });
  });

  it("reads an older dataset loosely: a missing file counts as empty", () => {
    const figures = datasetFigures({ sources: { sources: [] } }, sha256);
    expect(figures.figures).toEqual({});
    expect(figures.lastUpdated).toBeNull();
  });
});

describe("what changed since a version", () => {
  it("lists real differences between an earlier version and today's", () => {
    const diff = changesSince(history, OLDER, current.version);
    expect(diff?.changed).toContain("trade|exports|all_goods|2023");
    expect(diff?.added.some((id) => id.startsWith("source|AzerNews|2026-02-10|"))).toBe(true);
    expect(changesSince(history, "00000000", current.version)).toBeNull();
  });

  it("names each figure in the reader's words", () => {
    expect(changedFigureName("trade|exports|all_goods|2023")).toBe("Exports to U.S., 2023");
    expect(changedFigureName("company|Chevron")).toBe("Company: Chevron");
    expect(changedFigureName("milestone|2026-02-10|Strategic Partnership Charter signed")).toMatch(
      /^Milestone: Strategic Partnership Charter signed, .*2026/,
    );
    expect(changedFigureName("count|registered|…..…|over 250")).toContain("(stated as “over 250”)");
  });
});

describe("data= in a link", () => {
  const bounds = { min: 1991, max: 2030 };
  it("is read as a pin, not filter state, and never written into the address", () => {
    const result = decode("?year=2024&data=DA1BE9FD", bounds);
    expect(result.dataPin).toBe("da1be9fd");
    expect(result.ignored).toEqual([]);
    expect(encode(result.state, null)).toBe("?year=2024");
  });
  it("is ignored with a notice when malformed", () => {
    const result = decode("?data=abc", bounds);
    expect(result.dataPin).toBeUndefined();
    expect(result.ignored).toEqual([{ param: "data", value: "abc", reason: "not_a_version" }]);
    expect(decode("?data=", bounds).ignored[0]?.reason).toBe("empty");
  });
});

describe("the change notice", () => {
  it("says nothing for today's version", async () => {
    useDataPin.setState({ pinned: null });
    renderApp(`?year=2024&data=${current.version}`);
    await screen.findByText(new RegExp(`Data version ${current.version}`));
    expect(screen.queryByText(/The data has changed since this link was made/)).toBeNull();
  });

  it("lists what changed since an older version, and drops data= from the address", async () => {
    useDataPin.setState({ pinned: null });
    renderApp(`?year=2024&data=${OLDER}`);
    const notice = await screen.findByTestId("data-change-notice");
    expect(notice).toHaveTextContent("The data has changed since this link was made.");
    expect(window.location.search).toBe("?year=2024");
    await userEvent.click(await within(notice).findByText("Show what changed"));
    expect(within(notice).getByText("Changed: Exports to U.S., 2023")).toBeInTheDocument();
    await userEvent.click(within(notice).getByRole("button", { name: "Dismiss" }));
    await waitFor(() => expect(screen.queryByTestId("data-change-notice")).toBeNull());
  });

  it("says the change is unknown for a version the page does not know", async () => {
    useDataPin.setState({ pinned: null });
    renderApp("?data=0123abcd");
    const notice = await screen.findByTestId("data-change-notice");
    await waitFor(() => expect(notice).toHaveTextContent("cannot say what changed"));
  });
});
