import { useResource, useDataSource } from "../data-source/queries";
import { t } from "../lib/messages";

export function Footer() {
  const source = useDataSource();
  const sources = useResource("sources");
  const trade = useResource("trade");
  const investment = useResource("investment");
  const products = useResource("exportProducts");
  const companies = useResource("companies");
  const records =
    (trade.data?.records.length ?? 0) +
    (investment.data?.records.length ?? 0) +
    (products.data?.records.length ?? 0) +
    (companies.data?.counts.length ?? 0);
  return (
    <footer className="border-t border-slate-200 bg-white">
      <div className="mx-auto w-full max-w-7xl space-y-1 px-4 py-3 text-xs text-slate-600">
        <p data-source-kind={source.kind}>
          {t("app.footer.dataSource", {
            records,
            sources: sources.data?.sources.length ?? 0,
          })}
        </p>
        <p>{t("app.footer.rule")}</p>
      </div>
    </footer>
  );
}
