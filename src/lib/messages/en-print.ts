/** English messages: Print (each figure's sources as text) and link previews (the preview image's text alternative). ICU message syntax (plural, selectordinal). */
export const printMessages = {
  "print.sources": "{count, plural, one {Source} other {Sources}}: {sources}",
  "print.source": "{publisher}, “{title}”, {date}",
  "print.derived": "Derived: {formula}",
  "print.derivedShort": "derived",
  "social.imageAlt":
    "The dashboard’s summary of {year}, in words, and its chart of Azerbaijan–U.S. goods trade by year: imports from the U.S., exports to the U.S. and turnover.",
} as const;
