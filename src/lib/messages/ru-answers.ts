/** Russian messages: the lead under the header and the answer each panel opens with. ICU message syntax. */
import type { answersMessages as english } from "./en-answers";

export const answersMessages = {
  "lead.label": "Кратко, {year}",
  "lead.turnover": "В {year} г. товарооборот Азербайджана и США составил {turnover}.",
  "lead.turnoverChange":
    "В {year} г. товарооборот Азербайджана и США составил {turnover}; изменение к {previousYear} г.: {change}.",
  "lead.lopsided": "Импорт из США составил {imports}, экспорт в США — {exports}: на импорт пришлось {share} их суммы.",
  "lead.sides": "Импорт из США составил {imports}; экспорт в США — {exports}.",
  "lead.noTrade": "Источники не дают данных о торговле за полный {year} г.",
  "lead.partials":
    "{count, plural, =1 {Они приводят один показатель за часть года: {first}.} one {Они приводят # показатель за часть года, например {first}.} few {Они приводят # показателя за часть года, например {first}.} many {Они приводят # показателей за часть года, например {first}.} other {Они приводят # показателя за часть года, например {first}.}}",
  "lead.flowsBoth":
    "Последние данные о потоках прямых инвестиций ({period}): {usToAz} из США в Азербайджан и {azToUs} из Азербайджана в США.",
  "lead.flowsUs": "Последние данные о потоке прямых инвестиций ({period}): {usToAz} из США в Азербайджан.",
  "lead.flowsAz": "Последние данные о потоке прямых инвестиций ({period}): {azToUs} из Азербайджана в США.",
  "lead.noFlows": "Источники не дают данных о потоках прямых инвестиций по {year} г.",
  "lead.shareName": "Доля импорта в сумме импорта и экспорта",
  "lead.shareFormula": "Импорт ÷ (импорт + экспорт) = {imports} ÷ ({imports} + {exports}) = {result}",
  "lead.partialLabel": "{metric}, {period}",
  "trade.moreForYear": "Ещё за {year} г.: показатели из источников и данные за часть года",
  "fdi.answerFlows": "Последние данные о потоках (по {year} г.): {flows}.",
  "fdi.answerNoFlows": "Источники не приводят потоков прямых инвестиций по {year} г.",
  "fdi.answerStock": "Накопленные инвестиции США в Азербайджан (заявлено {date}): {stock}.",
  "fdi.answerNoStock": "Источники не называют объём накопленных инвестиций США по {year} г.",
  "fdi.moreForYear": "Ещё: рост, доли и места за {year} г., общие заявления, все данные о накопленном объёме",
  "exports.answer":
    "{count, plural, =1 {Крупнейший товар в {year} г.: {list}.} one {Крупнейшие товары в {year} г.: {list}.} few {Крупнейшие товары в {year} г.: {list}.} many {Крупнейшие товары в {year} г.: {list}.} other {Крупнейшие товары в {year} г.: {list}.}}",
  "exports.more": "Ещё: все товары с источниками, итоги по методам, товары без стоимости",
  "companies.answer":
    "{count, plural, one {Источники называют # американскую компанию} few {Источники называют # американские компании} many {Источники называют # американских компаний} other {Источники называют # американской компании}}{sectors, plural, =0 {.} =1 { в # секторе.} one { в # секторе: {list}.} few { в # секторах: {list}.} many { в # секторах: {list}.} other { в # секторах: {list}.}}",
  "companies.answerCount": "Последнее заявленное число: {count}.",
  "companies.recent": "Упомянуты в источниках 2025–2026 гг.",
  "companies.earlier": "Упомянуты только в более ранних или недатированных источниках ({count})",
  "companies.more": "Ещё: все подсчёты в формулировке каждого источника и партнёры",
} as const satisfies Record<keyof typeof english, string>;
