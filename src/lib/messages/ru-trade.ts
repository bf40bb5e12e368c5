/** Russian messages: The Trade turnover panel. ICU message syntax. */
import type { tradeMessages as english } from "./en-trade";

export const tradeMessages = {
  "trade.title": "Товарооборот",
  "trade.description":
    "Торговля товарами Азербайджана с США, полные годы, млн USD (национальная статистика Азербайджана, если не указано иное).",
  "trade.imports": "Импорт из США",
  "trade.exports": "Экспорт в США",
  "trade.turnover": "Товарооборот",
  "trade.balance": "Сальдо (расчёт)",
  "trade.selectYear": "Выберите год",
  "trade.hatchLegend": "Штриховка: не национальная статистика",
  "trade.hatchNote":
    "Заштрихованные столбцы — не национальная статистика Азербайджана (источник см. в таблице); в годы со смешанной основой товарооборот не соединён с линией.",
  "trade.metric.turnover": "Товарооборот",
  "trade.metric.imports": "Импорт из США",
  "trade.metric.exports": "Экспорт в США",
  "trade.metric.balance": "Сальдо (по источникам)",
  "trade.metric.turnover_growth": "Рост товарооборота",
  "trade.metric.imports_growth": "Рост импорта",
  "trade.metric.exports_growth": "Рост экспорта",
  "trade.metric.rank_overall": "Место США среди торговых партнёров Азербайджана",
  "trade.metric.rank_imports": "Место США среди источников импорта",
  "trade.metric.rank_exports": "Место США среди направлений экспорта",
  "trade.metric.share_of_total_trade": "Доля США во внешней торговле Азербайджана",
  "trade.tableCaption":
    "Торговля Азербайджан–США по полным годам, млн USD. Сальдо = экспорт − импорт, рассчитано по основным цифрам.",
  "trade.noFullYears": "Источники не дают данных о торговле за полные годы.",
  "trade.gapNote": "Ось пропускает (//) годы, за которые в наших источниках нет данных за полный год: {years}.",
  "trade.partialTitle": "Данные за часть года (несопоставимы с полными годами)",
  "trade.noPartial": "Данных за часть года нет.",
  "trade.summaryPeak": "Товарооборот достиг пика {peak} в {peakYear} г. и составил {latest} в {latestYear} г.",
  "trade.summaryPeakLatest": "Товарооборот достиг пика {peak} в {year} г. — последнем году ряда",
  "trade.summaryImportsMost": "импорт из США составляет большую его часть во все годы с сопоставимыми данными",
  "trade.summaryImportsShare": "на импорт из США пришлось {share} товарооборота в {year} г.",
  "trade.summaryGaps": "Данных за полный год в источниках нет для: {years}.",
  "trade.summaryTable": "Все цифры с источниками — в режиме «Таблица».",
  "trade.axisUnit": "млн USD",
  "trade.axisBreak": "Нет данных за полный год: {years}",
  "trade.tooltipNone": "нет в источниках",
  "trade.tooltipNoBalance": "не рассчитано: нужны точные импорт и экспорт",
  "trade.tooltipMixed":
    "Цифры на разных основах несопоставимы, поэтому товарооборот этого года показан отдельно от линии.",
  "trade.reportedIndicators": "Показатели за {year} г. по данным источников",
  "trade.noIndicators": "Источники не приводят данных о росте, месте или доле за {year} г.",
  "trade.balanceHow": "экспорт − импорт, по основным цифрам",
} as const satisfies Record<keyof typeof english, string>;
