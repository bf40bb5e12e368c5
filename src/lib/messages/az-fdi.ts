/** Azerbaijani (Latin) messages: The Foreign direct investment panel. ICU message syntax. */
import type { fdiMessages as english } from "./en-fdi";

export const fdiMessages = {
  "fdi.title": "Birbaşa xarici investisiyalar",
  "fdi.description":
    "Hər iki istiqamətdə birbaşa investisiyalar, mln USD. Axınlar yalnız eyni dövrlər üzrə müqayisə edilir.",
  "fdi.usToAz": "ABŞ → Azərbaycan",
  "fdi.azToUs": "Azərbaycan → ABŞ",
  "fdi.flowsFull": "Axınlar, tam illər",
  "fdi.flowsPartial": "Axınlar, {period}",
  "fdi.qualifiedLegend": "İçi boş: “təxminən” və ya “…-dən çox” kimi verilib",
  "fdi.stockList":
    "{count, plural, one {Ümumi həcm barədə açıqlama, mənbəyi ilə} other {Ümumi həcm barədə bütün # açıqlama, mənbələri ilə}}",
  "fdi.flowYears": "Axın göstəriciləri olan illər: {years}.",
  "fdi.notInSources": "mənbələrdə yoxdur",
  "fdi.metric.flow": "Axın",
  "fdi.metric.stock": "Ümumi həcm",
  "fdi.metric.flow_growth": "Əvvəlki ilə nisbətən artım (bildirilmiş)",
  "fdi.metric.share_of_total": "Ümumi həcmdə pay (bildirilmiş)",
  "fdi.metric.rank": "ABŞ-ın yeri (bildirilmiş)",
  "fdi.noFlows": "Mənbələrimizdə {year} üzrə investisiya axını göstəriciləri yoxdur.",
  "fdi.stocks": "Yığılmış ümumi həcm, bildirildiyi kimi",
  "fdi.stocksNote":
    "Rəsmi şəxslərin açıqladığı yığılmış yekunlar; metodlar göstərilmir və sıra monoton deyil, ona görə nöqtələr birləşdirilmir.",
  "fdi.growthLabel": "{direction}, {period} ilə müqayisədə dəyişiklik (hesablanmış):",
  "fdi.growthName": "Axının dəyişməsi, {direction}, {period}",
  "fdi.indicators": "{year} üzrə bildirilən paylar, yerlər və artım",
  "fdi.noIndicators": "{year} üzrə pay, yer və ya artım göstəricisi bildirilməyib.",
  "fdi.chartSummary":
    "İnvestisiya axınları{count, plural, one {, {period}} other {, # dövrün sonuncusu ({period})}}: ABŞ → Azərbaycan {usToAz}, Azərbaycan → ABŞ {azToUs}. Bütün dəyərlər Cədvəl görünüşündədir.",
  "fdi.chartSummaryNone": "İnvestisiya axınları göstərilmir. Bütün göstəricilər Cədvəl görünüşündədir.",
  "fdi.stockSummary":
    "Rəsmi şəxslərin açıqladığı yığılmış investisiyalar, hər istiqamət üzrə son açıqlama: {summary}. Bu açıqlamalar vahid ardıcıl sıra təşkil etmir. Bütün dəyərlər Cədvəl görünüşündədir.",
  "fdi.stockLatest": "{direction} {value} ({date} tarixinə)",
  "fdi.scope.all_sectors": "bütün sektorlar",
  "fdi.scope.oil_gas": "yalnız neft-qaz",
  "fdi.scope.non_oil": "yalnız qeyri-neft",
  "fdi.tableCaption":
    "Hər iki istiqamətdə birbaşa investisiyalar: dövrlər üzrə axınlar və eyni dövrlə müqayisədə artım (hesablanmış, faizlə), bildirildiyi kimi yığılmış ümumi həcm və mövqe barədə açıqlamalar.",
  "fdi.growthRow": "Axının artımı (hesablanmış)",
  "fdi.growthHow": "eyni dövrlə ({period}) müqayisədə dəyişiklik",
} as const satisfies Record<keyof typeof english, string>;
