/** Russian messages: The Export composition panel. ICU message syntax. */
import type { exportsMessages as english } from "./en-exports";

export const exportsMessages = {
  "exports.title": "Структура экспорта",
  "exports.description": "Экспорт Азербайджана в США по товарам, млн USD.",
  "exports.noBreakdown": "В наших источниках нет разбивки по товарам за {year} г.",
  "exports.availableYears": "Стоимость по товарам есть за: {years}.",
  "exports.showYear": "Показать {year}",
  "exports.other": "Прочие товары (расчёт)",
  "exports.otherAll": "Весь прочий экспорт (расчёт)",
  "exports.rest":
    "{count, plural, one {# прочий товар} few {# прочих товара} many {# прочих товаров} other {# прочего товара}} (расчёт)",
  "exports.otherNoteTop":
    "Расчёт: итог {total} ({basis}) минус товары из топ-{count}. {all, plural, =1 {Этот товар — в режиме «Таблица».} one {Все # товар — в режиме «Таблица».} few {Все # товара — в режиме «Таблица».} many {Все # товаров — в режиме «Таблица».} other {Все # товара — в режиме «Таблица».}}",
  "exports.restNote":
    "Расчёт: сумма {count, plural, one {# товара} few {# товаров} many {# товаров} other {# товара}} за пределами топ-{top}. Все товары — в режиме «Таблица».",
  "exports.hiddenLabel": "Скрыто фильтром секторов (расчёт)",
  "exports.totalInput": "Общий экспорт в США",
  "exports.otherNote":
    "Расчёт: итог {total} ({basis}) минус {count, plural, one {# названный товар} few {# названных товара} many {# названных товаров} other {# названного товара}}.",
  "exports.totalsDiffer": "Итоги за {year} г. по разным методам расходятся: {versions}.",
  "exports.totalOnly":
    "Общий экспорт в США в {year} г.: {total} ({reporter}); разбивки по товарам в наших источниках нет.",
  "exports.sectorFiltered":
    "Показаны товары секторов: {sectors}. Не показаны: товары других секторов и нераспределённый остаток, {rest} (расчёт).",
  "exports.noneInSector": "В выбранных секторах нет товаров со стоимостью за {year} г.",
  "exports.namedTitle": "Названы в источниках без стоимости (период не указан)",
  "exports.chartSummary":
    "{count, plural, =1 {{product} — единственный показанный товар за {year} г.: {value}.} one {{product} — крупнейший из # показанного товара за {year} г.: {value}.} few {{product} — крупнейший из # показанных товаров за {year} г.: {value}.} many {{product} — крупнейший из # показанных товаров за {year} г.: {value}.} other {{product} — крупнейший из # показанного товара за {year} г.: {value}.}} Все значения — в режиме «Таблица».",
  "exports.chartSummaryTotal":
    "{count, plural, =1 {{product} — единственный показанный товар за {year} г.: {value} из {total} ({basis}) общего экспорта в США.} one {{product} — крупнейший из # показанного товара за {year} г.: {value} из {total} ({basis}) общего экспорта в США.} few {{product} — крупнейший из # показанных товаров за {year} г.: {value} из {total} ({basis}) общего экспорта в США.} many {{product} — крупнейший из # показанных товаров за {year} г.: {value} из {total} ({basis}) общего экспорта в США.} other {{product} — крупнейший из # показанного товара за {year} г.: {value} из {total} ({basis}) общего экспорта в США.}} Все значения — в режиме «Таблица».",
  "exports.chartSummaryNone": "Стоимость товаров за {year} г. не показана. Все цифры — в режиме «Таблица».",
  "exports.scope.all_goods": "Все товары",
  "exports.scope.non_oil_gas": "Ненефтегазовый экспорт",
  "exports.scope.non_oil_gas_az_origin": "Ненефтегазовый экспорт азербайджанского происхождения",
  "exports.scopeTitle": "По происхождению (национальная статистика)",
  "exports.tableCaption":
    "Экспорт Азербайджана в США по товарам, {year} г., млн USD, со всеми приведёнными итогами; остаток рассчитан из итога на той же основе, что и товары.",
  "exports.totalRow": "Общий экспорт в США",
  "exports.notShown": "Не показано: другие секторы и нераспределённое (расчёт)",
  "exports.otherHow": "итог на той же основе, что и товары, минус все товары со стоимостью",
  "exports.notShownHow": "итог на той же основе, что и товары, минус показанные товары",
} as const satisfies Record<keyof typeof english, string>;
