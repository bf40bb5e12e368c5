/** Russian messages: The Companies present panel. ICU message syntax. */
import type { companiesMessages as english } from "./en-companies";

export const companiesMessages = {
  "companies.title": "Присутствие компаний",
  "companies.description":
    "Американские компании в Азербайджане: их число по каждому источнику и компании, названные в источниках.",
  "companies.otherCounts": "Подсчёты, включающие членов не из США",
  "companies.showAll":
    "{count, plural, =1 {Показать # компанию} one {Показать все # компанию} few {Показать все # компании} many {Показать все # компаний} other {Показать все # компании}}",
  "companies.showFewer": "Свернуть",
  "companies.role.business_mission_2026": "Участник бизнес-миссии Торговой палаты США",
  "companies.role.contract_of_the_century": "Участник «Контракта века»",
  "companies.role.satellite_partner": "Партнёр по спутнику Azerspace",
  "companies.role.named_presence": "Упомянута как работающая в Азербайджане",
  "companies.role.talks": "Вела переговоры",
  "companies.role.divestment": "Продаёт азербайджанские активы",
  "companies.role.mission_counterpart": "Партнёр по миссии",
  "companies.concept": "Что считается",
  "companies.counts": "Сколько американских компаний? Источники считают разное",
  "companies.bySector": "Названные компании по секторам",
  "companies.bySectorNote": "Число компаний, названных в наших источниках, а не всех присутствующих.",
  "companies.list": "Названные компании",
  "companies.notUs": "Компания не из США (штаб-квартира: {country})",
  "companies.hqUnknown": "Штаб-квартира не указана",
  "companies.counterparts": "Азербайджанские партнёры по программе миссии 2026 г.",
  "companies.noneInSector": "В выбранных секторах названных компаний нет.",
  "companies.chartSummary":
    "{tied, plural, =1 {Больше всего названных американских компаний ({count}) — в секторе «{top}»} one {Больше всего названных американских компаний (по {count}) — в секторах {top}} few {Больше всего названных американских компаний (по {count}) — в секторах {top}} many {Больше всего названных американских компаний (по {count}) — в секторах {top}} other {Больше всего названных американских компаний (по {count}) — в секторах {top}}}{sectors, plural, =1 {, единственном секторе с такими компаниями} one {; всего секторов с такими компаниями: #} few {; всего секторов с такими компаниями: #} many {; всего секторов с такими компаниями: #} other {; всего секторов с такими компаниями: #}}. Все данные — в режиме «Таблица».",
  "companies.chartSummaryNone":
    "Названных американских компаний нет ни в одном секторе. Все данные — в режиме «Таблица».",
  "companies.concept.registered": "зарегистрированные",
  "companies.concept.operating": "работающие",
  "companies.concept.active": "действующие",
  "companies.concept.represented_by_chamber": "представленные в торговой палате",
  "companies.concept.mission_participants": "участники бизнес-миссии 2026 г.",
  "companies.tableCaption":
    "Американские компании в Азербайджане: число по каждому источнику и названные американские компании по секторам (расчёт).",
  "companies.namedInSector": "Названные американские компании: {sector}",
  "companies.namedHow": "подсчитано по компаниям, названным в наших источниках",
} as const satisfies Record<keyof typeof english, string>;
