import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import { useDeployment } from "../config/deployment-context";
import { resourceKeys, useDataSource, useDataVersion, useResource } from "../data-source/queries";
import { versionLine } from "../export/citation";
import { formatDate } from "../lib/format";
import { t } from "../lib/messages";

/** Names the dataset (title, date of its newest source), where it is read from (and who chose that), how much it holds; lets an API be re-read. */
export function Footer() {
  const source = useDataSource();
  const deployment = useDeployment();
  const client = useQueryClient();
  const fetching = useIsFetching({ queryKey: resourceKeys.all });
  const version = useDataVersion();
  const sources = useResource("sources");
  const trade = useResource("trade");
  const investment = useResource("investment");
  const companies = useResource("companies");
  const records =
    (trade.data?.records.length ?? 0) + (investment.data?.records.length ?? 0) + (companies.data?.counts.length ?? 0);
  const list = sources.data?.sources ?? [];
  // The dataset is dated by its newest source (as its version is: data-version.ts).
  const newest = list.reduce<string | null>(
    (max, s) => (s.published && (!max || s.published > max) ? s.published : max),
    null,
  );
  const counts = {
    dataset: t("app.footer.dataset"),
    updated: newest ? formatDate(newest) : t("common.undated"),
    records,
    sources: list.length,
  };
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto w-full max-w-7xl space-y-1 px-4 py-3 text-xs text-slate-600">
        <p data-source-kind={source.kind} data-source-origin={source.origin}>
          {source.kind === "http"
            ? t("app.footer.dataSourceHttp", { origin: source.origin, ...counts })
            : t("app.footer.dataSource", counts)}{" "}
          {deployment.setBy === "config.json" && t("app.footer.setByConfig")}
          {deployment.setBy === "build" && source.kind === "http" && t("app.footer.setByBuild")}
        </p>
        {version && <p data-data-version={version.version}>{versionLine(version)}</p>}
        {source.kind === "http" && (
          <p className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="btn"
              disabled={fetching > 0}
              onClick={() => void client.invalidateQueries({ queryKey: resourceKeys.all })}
            >
              {fetching > 0 ? t("app.footer.refreshing") : t("app.footer.refresh")}
            </button>
          </p>
        )}
        <p>{t("app.footer.rule")}</p>
      </div>
    </footer>
  );
}
