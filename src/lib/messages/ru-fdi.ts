/** Russian messages: The Foreign direct investment panel. ICU message syntax. */
import type { fdiMessages as english } from "./en-fdi";

export const fdiMessages = {
  "fdi.title": "Прямые иностранные инвестиции",
  "fdi.description":
    "Прямые инвестиции в обоих направлениях, млн USD. Потоки сравниваются только за сопоставимые периоды.",
  "fdi.usToAz": "США → Азербайджан",
  "fdi.azToUs": "Азербайджан → США",
  "fdi.flowsFull": "Потоки, полные годы",
  "fdi.flowsPartial": "Потоки, {period}",
  "fdi.qualifiedLegend": "Незакрашенные: указано «около» или «более»",
  "fdi.stockList":
    "{count, plural, =1 {Заявление о накопленном объёме, с источником} one {Все # заявление о накопленном объёме, с источниками} few {Все # заявления о накопленном объёме, с источниками} many {Все # заявлений о накопленном объёме, с источниками} other {Все # заявления о накопленном объёме, с источниками}}",
  "fdi.flowYears": "Данные о потоках есть за: {years}.",
  "fdi.notInSources": "нет в источниках",
  "fdi.metric.flow": "Поток",
  "fdi.metric.stock": "Накопленный объём",
  "fdi.metric.flow_growth": "Рост к предыдущему году (по источникам)",
  "fdi.metric.share_of_total": "Доля в общем объёме (по источникам)",
  "fdi.metric.rank": "Место США (по источникам)",
  "fdi.noFlows": "В наших источниках нет данных о потоках инвестиций за {year} г.",
  "fdi.stocks": "Накопленный объём по данным источников",
  "fdi.stocksNote":
    "Накопленные итоги в формулировке официальных лиц; методика не указана, ряд немонотонный, поэтому точки не соединены.",
  "fdi.growthLabel": "{direction}, изменение к {period} (расчёт):",
  "fdi.growthName": "Изменение потока {direction}, {period}",
  "fdi.indicators": "Доли, места и рост за {year} г. по данным источников",
  "fdi.noIndicators": "Источники не приводят долей, мест или роста за {year} г.",
  "fdi.chartSummary":
    "Инвестиционные потоки{count, plural, =1 {, {period}} one {, последний из # периода ({period})} few {, последний из # периодов ({period})} many {, последний из # периодов ({period})} other {, последний из # периода ({period})}}: США → Азербайджан {usToAz}, Азербайджан → США {azToUs}. Все значения — в режиме «Таблица».",
  "fdi.chartSummaryNone": "Инвестиционные потоки не показаны. Все цифры — в режиме «Таблица».",
  "fdi.stockSummary":
    "Накопленные инвестиции по заявлениям официальных лиц, последнее заявление по каждому направлению: {summary}. Эти заявления не образуют единого ряда. Все значения — в режиме «Таблица».",
  "fdi.stockLatest": "{direction}: {value} (на {date})",
  "fdi.scope.all_sectors": "все секторы",
  "fdi.scope.oil_gas": "только нефтегазовый сектор",
  "fdi.scope.non_oil": "только ненефтяной сектор",
  "fdi.tableCaption":
    "Прямые инвестиции в обоих направлениях: потоки по периодам с ростом к сопоставимому периоду (расчёт, %), накопленный объём и общие заявления по данным источников.",
  "fdi.growthRow": "Рост потока (расчёт)",
  "fdi.growthHow": "изменение к сопоставимому периоду {period}",
} as const satisfies Record<keyof typeof english, string>;
