/** Azerbaijani (Latin) messages: The Companies present panel. ICU message syntax. */
import type { companiesMessages as english } from "./en-companies";

export const companiesMessages = {
  "companies.title": "Fəaliyyət göstərən şirkətlər",
  "companies.description":
    "Azərbaycandakı ABŞ şirkətləri: hər mənbənin göstərdiyi saylar və mənbələrdə adı çəkilən şirkətlər.",
  "companies.otherCounts": "ABŞ-a aid olmayan üzvləri də əhatə edən saylar",
  "companies.showAll": "{count, plural, one {# şirkəti göstər} other {Bütün # şirkəti göstər}}",
  "companies.showFewer": "Daha az göstər",
  "companies.role.business_mission_2026": "ABŞ Ticarət Palatasının işgüzar missiyasında",
  "companies.role.contract_of_the_century": "“Əsrin müqaviləsi” iştirakçısı",
  "companies.role.satellite_partner": "Azerspace peyk tərəfdaşı",
  "companies.role.named_presence": "Azərbaycanda fəal kimi adı çəkilir",
  "companies.role.talks": "Danışıqlar aparıb",
  "companies.role.divestment": "Azərbaycandakı aktivlərini satır",
  "companies.role.mission_counterpart": "Missiya tərəfdaşı",
  "companies.concept": "Nə sayılır",
  "companies.counts": "Neçə ABŞ şirkəti var? Mənbələr müxtəlif şeyləri sayır",
  "companies.bySector": "Adı çəkilən şirkətlər sektorlar üzrə",
  "companies.bySectorNote":
    "Mənbələrimizdə adı çəkilən şirkətlərin sayıdır, fəaliyyət göstərən bütün şirkətlərin deyil.",
  "companies.list": "Adı çəkilən şirkətlər",
  "companies.notUs": "ABŞ şirkəti deyil (baş ofis: {country})",
  "companies.hqUnknown": "Baş ofis göstərilməyib",
  "companies.counterparts": "2026-cı il missiya proqramında azərbaycanlı tərəfdaşlar",
  "companies.noneInSector": "Seçilmiş sektorlarda adı çəkilən şirkət yoxdur.",
  "companies.chartSummary":
    "{tied, plural, one {Adı çəkilən ABŞ şirkətləri ən çox {top} sektorundadır ({count})} other {Adı çəkilən ABŞ şirkətləri ən çox {top} sektorlarındadır (hər birində {count})}}{sectors, plural, one {; şirkət olan yeganə sektor budur} other {; şirkət olan sektorların sayı: #}}. Bütün saylar Cədvəl görünüşündədir.",
  "companies.chartSummaryNone": "Heç bir sektorda adı çəkilən ABŞ şirkəti yoxdur. Bütün saylar Cədvəl görünüşündədir.",
  "companies.concept.registered": "qeydiyyatdan keçmiş",
  "companies.concept.operating": "fəaliyyət göstərən",
  "companies.concept.active": "fəal",
  "companies.concept.represented_by_chamber": "ticarət palatasında təmsil olunan",
  "companies.concept.mission_participants": "2026-cı il işgüzar missiyasında iştirak edən",
  "companies.tableCaption":
    "Azərbaycandakı ABŞ şirkətləri: hər mənbənin göstərdiyi saylar və sektorlar üzrə adı çəkilən ABŞ şirkətləri (hesablanmış).",
  "companies.namedInSector": "Adı çəkilən ABŞ şirkətləri: {sector}",
  "companies.namedHow": "mənbələrimizdə adı çəkilən şirkətlər əsasında sayılıb",
} as const satisfies Record<keyof typeof english, string>;
