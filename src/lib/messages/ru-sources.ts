/** Russian messages: The Sources section, citations, CSV/SVG/PNG downloads. ICU message syntax. */
import type { sourcesMessages as english } from "./en-sources";

export const sourcesMessages = {
  "sources.title": "Источники",
  "sources.intro":
    "Все документы, использованные в наборе данных, и что дал каждый из них. Новостные статьи — первичные источники; веб-страницы — вторичные, у каждой указан адрес.",
  "sources.seeds": "Новостные статьи (первичные источники)",
  "sources.web": "Веб-страницы",
  "sources.address": "Адрес: {address}",
  "sources.contributed": "Вклад:",
  "sources.nothing": "Ни одна цифра набора данных на него не ссылается.",
  "sources.more": "{count, plural, other {и ещё #}}",
  "sources.kind.trade":
    "{count, plural, one {# показатель торговли} few {# показателя торговли} many {# показателей торговли} other {# показателя торговли}}",
  "sources.kind.products":
    "{count, plural, one {# значение экспорта по товарам} few {# значения экспорта по товарам} many {# значений экспорта по товарам} other {# значения экспорта по товарам}}",
  "sources.kind.namedProducts":
    "{count, plural, one {# товар, названный без стоимости} few {# товара, названных без стоимости} many {# товаров, названных без стоимости} other {# товара, названного без стоимости}}",
  "sources.kind.investment":
    "{count, plural, one {# показатель инвестиций} few {# показателя инвестиций} many {# показателей инвестиций} other {# показателя инвестиций}}",
  "sources.kind.companyCounts":
    "{count, plural, one {# подсчёт числа компаний} few {# подсчёта числа компаний} many {# подсчётов числа компаний} other {# подсчёта числа компаний}}",
  "sources.kind.companyRoles":
    "{count, plural, one {# роль компании} few {# роли компаний} many {# ролей компаний} other {# роли компаний}}",
  "sources.kind.milestones":
    "{count, plural, one {# ключевое событие} few {# ключевых события} many {# ключевых событий} other {# ключевого события}}",
  "cite.button": "Цитировать этот вид",
  "cite.copied": "Ссылка для цитирования скопирована",
  "cite.copyFailed": "Не удалось скопировать автоматически. Выделите и скопируйте ссылку для цитирования:",
  "cite.heading": "{title}, интерактивный дашборд; вид: {filters}.",
  "cite.tables": "В виде таблиц: {panels}.",
  "cite.accessed": "Дата обращения: {date}.",
  "cite.sourcesHeading": "Источники:",
  "cite.year": "год {year}",
  "cite.allSectors": "все секторы",
  "cite.sectors": "секторы: {sectors}",
  "cite.sourceLine": "Источники: {sources}",
  "cite.sourceShort":
    "{count, plural, =1 {{publisher} ({date})} one {{publisher} ({date}; # документ)} few {{publisher} ({date}; # документа)} many {{publisher} ({date}; # документов)} other {{publisher} ({date}; # документа)}}",
  "export.title.trade": "Товарооборот Азербайджан–США",
  "export.title.exports": "Торговля Азербайджан–США: экспорт в США по товарам",
  "export.title.fdi": "Прямые инвестиции Азербайджан–США в обоих направлениях",
  "export.title.companies": "Бизнес Азербайджан–США: американские компании в Азербайджане",
  "export.title.milestones": "Экономические отношения Азербайджан–США: ключевые события",
  "export.titleWithUnit": "{title}, {unit}",
  "export.units":
    "{count, plural, =1 {Единица: {units}.} one {Единицы: {units}; единица каждого значения — в таблице.} few {Единицы: {units}; единица каждого значения — в таблице.} many {Единицы: {units}; единица каждого значения — в таблице.} other {Единицы: {units}; единица каждого значения — в таблице.}}",
  "export.units.derived":
    "{count, plural, =1 {Единица: {units}; значения с пометкой «расчёт» вычислены по цифрам из источников.} one {Единицы: {units}; единица каждого значения — в таблице; значения с пометкой «расчёт» вычислены по цифрам из источников.} few {Единицы: {units}; единица каждого значения — в таблице; значения с пометкой «расчёт» вычислены по цифрам из источников.} many {Единицы: {units}; единица каждого значения — в таблице; значения с пометкой «расчёт» вычислены по цифрам из источников.} other {Единицы: {units}; единица каждого значения — в таблице; значения с пометкой «расчёт» вычислены по цифрам из источников.}}",
  "export.units.none": "Значений нет: датированные события из источников.",
  "export.filterNotApplied": "{filter} (к этому графику не применяется)",
  "export.byline": "Дашборд «{title}»: {link} — {accessed}",
  "export.col.periodStart": "Начало периода",
  "export.col.periodEnd": "Конец периода",
  "export.col.valueIn": "Значение ({unit})",
  "export.col.unit": "Единица",
  "export.col.qualifier": "Оговорка",
  "export.col.basis": "Основа",
  "export.col.derived": "Расчёт (способ)",
  "export.col.reporter": "Кем сообщено",
  "export.col.sourceLinks": "Ссылки на источники",
  "export.col.recordIds": "ID записей",
  "export.col.otherVersions": "Другие версии (значение [источники])",
  "download.label": "Скачать",
  "download.menu": "Скачать: {title}",
  "download.as": "Скачать «{title}» в формате {format}",
  "download.done": "Скачано: {name}",
  "download.failed": "Не удалось скачать {name}: {reason}",
  "download.noChart": "В этом виде нет графика, поэтому скачать изображение нельзя.",
  "download.noChartTable": "Панель показывает таблицу: переключитесь на «График», чтобы скачать изображение.",
  "sources.showDetail": "Показать вклад каждого документа",
  "sources.hideDetail": "Скрыть вклад каждого документа",
  "sources.showWeb":
    "{count, plural, =1 {Показать веб-страницу} one {Показать # веб-страницу} few {Показать # веб-страницы} many {Показать # веб-страниц} other {Показать # веб-страницы}}",
  "sources.showAll":
    "{count, plural, =1 {Показать # документ} one {Показать все # документ} few {Показать все # документа} many {Показать все # документов} other {Показать все # документа}}",
  "sources.showFewer": "Показать меньше документов",
} as const satisfies Record<keyof typeof english, string>;
