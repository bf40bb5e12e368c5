/** Russian messages: The Milestones panel. ICU message syntax. */
import type { milestonesMessages as english } from "./en-milestones";

export const milestonesMessages = {
  "milestones.title": "Ключевые события",
  "milestones.description":
    "Датированные события из источников, сначала новые. Выберите год события, чтобы показать этот год во всех панелях.",
  "milestones.list": "События, сначала новые",
  "milestones.selectedYear": "Выбранный год",
  "milestones.showYear": "Показать {year}",
  "milestones.kind.legislation": "Закон или политика",
  "milestones.kind.agreement": "Соглашение",
  "milestones.kind.visit": "Визит или встреча",
  "milestones.kind.business": "Бизнес",
  "milestones.kind.energy_project": "Энергопроект",
  "milestones.kind.other": "Отношения",
  "milestones.sectors": "Секторы:",
  "milestones.wholeRelationship": "Отношения в целом",
  "milestones.sectorFilterNote": "Показаны события в выбранных секторах и события об отношениях в целом.",
  "milestones.hideOtherSectors":
    "{count, plural, one {Скрыть # событие в других секторах} few {Скрыть # события в других секторах} many {Скрыть # событий в других секторах} other {Скрыть # события в других секторах}}",
  "milestones.otherSector": "Другие секторы",
  "milestones.evidence": "Текст источника и примечания",
  "milestones.tableCaption": "Ключевые события из источников, сначала новые, с датами и источниками",
  "milestones.col.event": "Событие",
  "milestones.col.kind": "Тип",
  "milestones.col.sectors": "Секторы",
  "milestones.note": "Примечание:",
  "milestones.chartLegend": "Год с ключевыми событиями",
  "milestones.chartSummary": "Ключевые события на графике: {summary}.",
  "milestones.inYear":
    "{count, plural, =0 {За {year} г. событий в источниках нет.} one {# событие в {year} г. — ниже с меткой «Выбранный год».} few {# события в {year} г. — ниже с меткой «Выбранный год».} many {# событий в {year} г. — ниже с меткой «Выбранный год».} other {# события в {year} г. — ниже с меткой «Выбранный год».}}",
  "milestones.showOtherSectors":
    "{count, plural, one {Показать # событие в других секторах} few {Показать # события в других секторах} many {Показать # событий в других секторах} other {Показать # события в других секторах}}",
  "milestones.showAll":
    "{count, plural, =1 {Показать # событие} one {Показать все # событие} few {Показать все # события} many {Показать все # событий} other {Показать все # события}} (позднее: {later, plural, =0 {нет} other {#}}, ранее: {earlier, plural, =0 {нет} other {#}})",
  "milestones.showFewer": "Показать только события около выбранного года",
  "milestones.tooltip":
    "{count, plural, one {# событие (см. «Ключевые события»)} few {# события (см. «Ключевые события»)} many {# событий (см. «Ключевые события»)} other {# события (см. «Ключевые события»)}}",
} as const satisfies Record<keyof typeof english, string>;
