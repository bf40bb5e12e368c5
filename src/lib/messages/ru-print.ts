/** Russian messages: Print (each figure's sources as text) and link previews (the preview image's text alternative). ICU message syntax. */
import type { printMessages as english } from "./en-print";

export const printMessages = {
  "print.sources": "{count, plural, one {Источник} few {Источники} many {Источники} other {Источники}}: {sources}",
  "print.source": "{publisher}, «{title}», {date}",
  "print.derived": "Расчётная величина: {formula}",
  "print.derivedShort": "расчётная величина",
  "social.imageAlt":
    "Итоги {year} года словами и график товарооборота Азербайджана и США по годам: импорт из США, экспорт в США и товарооборот.",
} as const satisfies Record<keyof typeof english, string>;
