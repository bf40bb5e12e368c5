import { useDeployment } from "../config/deployment-context";
import { t } from "../lib/messages";

/** A broken deployment configuration is said out loud; the page goes on with the build's source. */
export function ConfigNotice() {
  const { problem } = useDeployment();
  if (problem === null) return null;
  return (
    <div className="mx-auto w-full max-w-7xl px-4">
      <p role="alert" className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
        {t("app.configProblem", { problem })}
      </p>
    </div>
  );
}
