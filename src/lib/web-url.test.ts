import { describe, expect, it } from "vitest";
import { WEB_URL_PATTERN, isWebUrl } from "./web-url";

const ACCEPTED = [
  "https://report.az/en/business/azerbaijan-us-trade",
  "http://example.org",
  "https://example.org/path?q=1&r=%20two#part",
  "https://xn--80ak6aa92e.com/",
  "https://example.org:8443/a/b",
];

const REJECTED = [
  "javascript:alert(1)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "\u0000javascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  " https://example.org",
  "https://example.org ",
  "\thttps://example.org",
  "https://exa\tmple.org",
  "https://example.org/\u0085",
  "https://example.org/\u2028",
  "https:\\\\example.org",
  "https://example.org\\@evil.example",
  "https:example.org",
  "https:///example.org",
  "https://",
  "https://user:secret@example.org/",
  "https://example.org@evil.example/",
  "ftp://example.org/file",
  "//example.org/path",
  "/relative/path",
  "#source-web-1",
  "http://[::1",
  "",
];

describe("isWebUrl", () => {
  it.each(ACCEPTED)("accepts %j", (url) => {
    expect(isWebUrl(url)).toBe(true);
  });

  it.each(REJECTED)("rejects %j", (url) => {
    expect(isWebUrl(url)).toBe(false);
  });

  it("rejects what is not a string", () => {
    for (const value of [undefined, null, 42, new URL("https://example.org"), ["https://example.org"]]) {
      expect(isWebUrl(value)).toBe(false);
    }
  });

  it("publishes a flag-free pattern that agrees with the check on the scheme, spaces and controls", () => {
    expect(WEB_URL_PATTERN.flags).toBe("");
    for (const url of ACCEPTED) expect(WEB_URL_PATTERN.test(url)).toBe(true);
    for (const url of ["javascript:alert(1)", " https://example.org", "java\tscript:x", "data:,x", "vbscript:x"]) {
      expect(WEB_URL_PATTERN.test(url)).toBe(false);
    }
  });
});
