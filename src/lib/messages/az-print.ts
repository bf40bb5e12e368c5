/** Azerbaijani (Latin) messages: Print (each figure's sources as text) and link previews (the preview image's text alternative). ICU message syntax. */
import type { printMessages as english } from "./en-print";

export const printMessages = {
  "print.sources": "{count, plural, one {Mənbə} other {Mənbələr}}: {sources}",
  "print.source": "{publisher}, “{title}”, {date}",
  "print.derived": "Hesablanıb: {formula}",
  "print.derivedShort": "hesablanmış",
  "social.imageAlt":
    "Panelin {year} üzrə yekunu sözlə və Azərbaycan–ABŞ mal ticarətinin illər üzrə qrafiki: ABŞ-dan idxal, ABŞ-a ixrac və ticarət dövriyyəsi.",
} as const satisfies Record<keyof typeof english, string>;
