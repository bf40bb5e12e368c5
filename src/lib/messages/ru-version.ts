/** Russian messages: the dataset's version (footer, downloads, citation) and the notice on a link made with older data. ICU message syntax. */
import type { versionMessages as english } from "./en-version";

export const versionMessages = {
  "version.line": "Версия данных {version} · последнее обновление {date}",
  "version.lineUndated": "Версия данных {version}",
  "version.csvVersion": "Версия данных",
  "version.csvUpdated": "Последнее обновление данных",
  "notice.not_a_version": "«{value}» — не версия данных; показаны сегодняшние данные",
  "version.changed.title": "Данные изменились с тех пор, как была создана эта ссылка.",
  "version.changed.versions":
    "Ссылка создана для версии данных {pinned}; на странице сегодняшние данные, версия {current} (последнее обновление {date}).",
  "version.changed.counts":
    "{added, plural, one {добавлен # показатель} few {добавлено # показателя} many {добавлено # показателей} other {добавлено # показателя}}, {changed, plural, one {изменён #} few {изменено #} many {изменено #} other {изменено #}}, {removed, plural, one {удалён #} few {удалено #} many {удалено #} other {удалено #}}.",
  "version.changed.unknown":
    "Версия {pinned} этой странице неизвестна, поэтому нельзя сказать, что изменилось: ниже показаны сегодняшние данные.",
  "version.changed.show": "Показать, что изменилось",
  "version.changed.added": "Добавлено ({count})",
  "version.changed.changed": "Изменено ({count})",
  "version.changed.removed": "Удалено ({count})",
  "version.changed.item.added": "Добавлено: {name}",
  "version.changed.item.changed": "Изменено: {name}",
  "version.changed.item.removed": "Удалено: {name}",
  "version.kind.stated": "{name} (в источнике: «{stated}»)",
  "version.kind.named":
    "{direction, select, exports {Товар, названный среди экспорта в США} other {Товар, названный среди импорта из США}}: {name}",
  "version.kind.company": "Компания: {name}",
  "version.kind.milestone": "Событие: {title}, {date}",
  "version.kind.source": "Источник: {publisher}, «{title}», {date}",
} as const satisfies Record<keyof typeof english, string>;
