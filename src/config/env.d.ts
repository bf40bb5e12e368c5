interface ImportMetaEnv {
  /** "bundled" (default) or "http"; checked by vite.config.ts at build time. */
  readonly VITE_DATA_SOURCE?: string;
  /** The API base for http mode, e.g. "https://data.example.org/api/v1" or "/api/v1". */
  readonly VITE_API_BASE_URL?: string;
}
