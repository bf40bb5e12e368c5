/**
 * What counts as a link the page may render: an absolute http:// or https:// URL, exactly as
 * written. Browsers strip leading spaces and control characters and drop tabs and newlines
 * inside a URL before they read its scheme, so " javascript:…" or "java\tscript:…" would run
 * script; the raw string itself must therefore start with the scheme and contain none of them.
 * Pure and dependency-free: the dataset schema and the UI share it.
 */

// Whitespace, backslash (read as "/" in http URLs), C0 controls, DEL and C1 controls.
const NOT_ALLOWED = String.raw`\s\\\u0000-\u001f\u007f-\u009f`;

/**
 * The shape of a web URL, also published as the JSON Schema `pattern` of URL fields in the
 * OpenAPI document (so no flags: a JSON Schema pattern cannot carry them). A lower-case scheme,
 * "//", then a host (not a third "/").
 */
export const WEB_URL_PATTERN = new RegExp(String.raw`^https?://[^/${NOT_ALLOWED}][^${NOT_ALLOWED}]*$`);

export const WEB_URL_MESSAGE =
  "must be an absolute http:// or https:// URL (no other scheme, no user name or password, no spaces or control characters)";

/** True when `value` is an absolute http(s) URL a link may point to (see WEB_URL_PATTERN). */
export function isWebUrl(value: unknown): value is string {
  if (typeof value !== "string" || !WEB_URL_PATTERN.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    (url.protocol === "http:" || url.protocol === "https:") &&
    url.hostname !== "" &&
    url.username === "" &&
    url.password === ""
  );
}
