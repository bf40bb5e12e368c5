import { createContext, useContext } from "react";
import { DEFAULT_TIMEOUT_MS, type ResolvedConfig } from "./build-config";

const BUNDLED_DEFAULT: ResolvedConfig = {
  dataSource: "bundled",
  apiBaseUrl: null,
  timeoutMs: DEFAULT_TIMEOUT_MS,
  setBy: "default",
  problem: null,
};

/** The resolved deployment configuration: which source is active, set by what, and any problem with it. */
export const DeploymentContext = createContext<ResolvedConfig>(BUNDLED_DEFAULT);

export function useDeployment(): ResolvedConfig {
  return useContext(DeploymentContext);
}
