/** Build-time check of the data-source settings, so a typo fails the build instead of silently using the bundle. */
export function deployEnvProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  const kind = env.VITE_DATA_SOURCE;
  if (kind !== undefined && kind !== "" && kind !== "bundled" && kind !== "http")
    problems.push(`VITE_DATA_SOURCE must be "bundled" or "http", got "${kind}"`);
  const base = env.VITE_API_BASE_URL;
  if (kind === "http" && (base === undefined || base === ""))
    problems.push(
      'VITE_DATA_SOURCE=http needs VITE_API_BASE_URL (e.g. "/api/v1" or "https://data.example.org/api/v1")',
    );
  if (base !== undefined && base !== "" && !/^(https?:\/\/[^\s]+|\/[^\s]*)$/.test(base))
    problems.push(`VITE_API_BASE_URL must be an http(s) URL or a path starting with "/", got "${base}"`);
  return problems;
}
