/**
 * Every number and date on screen goes through Intl here, in the active language's locale
 * (messages/index.ts). Each formatter is made on first use for each locale, never at module
 * load: the first Intl object of a page initialises ICU, which costs tens of milliseconds.
 */
import type { Qualifier, Unit } from "./figure-terms";
import { currentLocale, t } from "./messages";

/** One formatter per locale, made when first asked for. */
export function perLocale<F>(make: (locale: string) => F): () => F {
  const made = new Map<string, F>();
  return () => {
    const locale = currentLocale();
    let formatter = made.get(locale);
    if (formatter === undefined) {
      formatter = make(locale);
      made.set(locale, formatter);
    }
    return formatter;
  };
}

const usd = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      minimumFractionDigits: 0,
      maximumFractionDigits: 3,
    }),
);
const usdCompact = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      notation: "compact",
      maximumFractionDigits: 1,
    }),
);
const plain = perLocale((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }));
const percent = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: "percent",
      maximumFractionDigits: 1,
      signDisplay: "exceptZero",
    }),
);
const monthShort = perLocale((locale) => new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" }));
const dayMonthYear = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    }),
);

const NUMBER_PARTS = new Set(["integer", "group", "decimal", "fraction"]);

/** USD millions, unrounded: 1752.96 → "$1,752.96M". */
export function formatUsdMillions(value: number): string {
  // The locale places the sign and the currency ("-$1,482", "-1 482 $", "-1.482 US$"); the
  // catalog writes the millions after the number ("M", "млн", "mln").
  const parts = usd().formatToParts(value);
  const first = parts.findIndex((p) => NUMBER_PARTS.has(p.type));
  let last = first;
  while (last + 1 < parts.length && NUMBER_PARTS.has(parts[last + 1]!.type)) last++;
  const number = parts
    .slice(first, last + 1)
    .map((p) => p.value)
    .join("");
  const text = (list: typeof parts) => list.map((p) => p.value).join("");
  return `${text(parts.slice(0, first))}${t("format.usdMillions", { number })}${text(parts.slice(last + 1))}`;
}

/** Axis ticks only: 1500 → "$1.5B". */
export function formatUsdMillionsCompact(value: number): string {
  return usdCompact().format(value * 1_000_000);
}

const usdBillions = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale, {
      style: "currency",
      currency: "USD",
      notation: "compact",
      compactDisplay: "short",
      minimumFractionDigits: 0,
      maximumFractionDigits: 3,
    }),
);

/** "$1.7 billion", "17 bln USD", "около $19 млрд", "1 364 миллиарда": billions, and no millions word beside them. */
const BILLIONS_WORD = /\b(billion|bln|bn)\b|млрд|миллиард/i;
const MILLIONS_WORD = /\b(million|mln)\b|миллион|млн/i;

/**
 * True when the source wrote the amount in billions ("$1.7 billion"), so it is shown as the
 * source rounded it ($1.7B) rather than as $1,700M. Not for mixed wording ("$1 billion 752
 * million"), nor when billions would need more than three decimals to hold the value.
 */
function statedInBillions(value: number, unit: Unit, statedAs: string | undefined): boolean {
  if (unit !== "USD million" || statedAs === undefined) return false;
  if (!BILLIONS_WORD.test(statedAs) || MILLIONS_WORD.test(statedAs)) return false;
  const billions = value / 1000;
  return Math.abs(billions) >= 1 && Number(billions.toFixed(3)) === billions;
}

/** A ratio as a signed percentage: 0.305 → "+30.5%". */
export function formatChange(ratio: number): string {
  return percent().format(ratio);
}

/** A value in its unit; with the source's wording, money the source wrote in billions stays in billions. */
export function formatValue(value: number, unit: Unit, statedAs?: string): string {
  if (statedInBillions(value, unit, statedAs)) return usdBillions().format(value * 1_000_000);
  switch (unit) {
    case "USD million":
      return formatUsdMillions(value);
    case "percent":
      return t("format.percent", { value: plain().format(value) });
    case "times":
      return t("format.times", { value: plain().format(value) });
    case "rank":
      // Ordinal forms ("5th", "2nd") come from the catalog, chosen by the locale's ordinal rules.
      return t("format.ordinal", { value });
    case "companies":
      return plain().format(value);
  }
}

/** A value with its qualifier ("about $19B"); pass `statedAs` to keep the source's scale (see formatStated). */
export function formatQualified(value: number, unit: Unit, qualifier: Qualifier, statedAs?: string): string {
  const text = formatValue(value, unit, statedAs);
  switch (qualifier) {
    case "exact":
      return text;
    case "approx":
      return t("common.about", { value: text });
    case "more_than":
      return t("common.moreThan", { value: text });
    case "less_than":
      return t("common.lessThan", { value: text });
    case "at_most":
      return t("common.atMost", { value: text });
  }
}

/**
 * A sourced figure as the page shows it: its qualifier, its unit and the source's own rounding
 * ("$1.7 billion" → "$1.7B", "$1,617.93M" stays "$1,617.93M"). Every place that shows a
 * record's value should call this rather than formatQualified with the parts.
 */
export function formatStated(record: { value: number; unit: Unit; qualifier: Qualifier; statedAs: string }): string {
  return formatQualified(record.value, record.unit, record.qualifier, record.statedAs);
}

function parseIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function formatDate(date: string): string {
  return dayMonthYear().format(parseIso(date));
}

const dateTime = perLocale((locale) => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" }));

/** A moment on the reader's clock ("1 Dec 2026, 21:30"), in the reader's time zone. */
export function formatDateTime(epochMs: number): string {
  return dateTime().format(new Date(epochMs));
}

export function isFullYear(start: string | null, end: string | null): boolean {
  return (
    start !== null &&
    end !== null &&
    start.endsWith("-01-01") &&
    end.endsWith("-12-31") &&
    start.slice(0, 4) === end.slice(0, 4)
  );
}

/** "2024", "Jan–Sep 2025", "as of 10 Mar 2026", or "date not stated". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start === null) return end === null ? t("common.notStated") : t("common.asOf", { date: formatDate(end) });
  if (end === null) return formatDate(start);
  if (isFullYear(start, end)) return start.slice(0, 4);
  const s = parseIso(start);
  const e = parseIso(end);
  if (start === end) return formatDate(start);
  const sameYear = s.getUTCFullYear() === e.getUTCFullYear();
  const from = sameYear ? monthShort().format(s) : `${monthShort().format(s)} ${s.getUTCFullYear()}`;
  const to = `${monthShort().format(e)} ${e.getUTCFullYear()}`;
  return from === monthShort().format(e) && sameYear ? to : `${from}–${to}`;
}

const list = perLocale((locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }));

export function formatList(items: readonly string[]): string {
  return list().format(items);
}

const monthYear = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }),
);
const yearOnly = perLocale((locale) => new Intl.DateTimeFormat(locale, { year: "numeric", timeZone: "UTC" }));

/** A date only as precise as its source: "1992", "Sep 1994", "Feb 28, 1992", "Feb 9 – 10, 2026". */
export function formatEventDate(date: string, precision: "day" | "month" | "year", endDate?: string): string {
  const format = (precision === "day" ? dayMonthYear : precision === "month" ? monthYear : yearOnly)();
  return endDate === undefined ? format.format(parseIso(date)) : format.formatRange(parseIso(date), parseIso(endDate));
}

const share = perLocale((locale) => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }));

/** A part of a whole: 0.9229 → "92.3%". */
export function formatShare(ratio: number): string {
  return share().format(ratio);
}
