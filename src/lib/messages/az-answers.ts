/** Azerbaijani (Latin) messages: the lead under the header and the answer each panel opens with. ICU message syntax. */
import type { answersMessages as english } from "./en-answers";

export const answersMessages = {
  "lead.label": "Qısaca, {year}",
  "lead.turnover": "{year} üzrə Azərbaycan ilə ABŞ arasında mal ticarəti {turnover} təşkil edib.",
  "lead.turnoverChange":
    "{year} üzrə Azərbaycan ilə ABŞ arasında mal ticarəti {turnover} təşkil edib; {previousYear} ilə müqayisədə dəyişiklik: {change}.",
  "lead.lopsided":
    "ABŞ-dan idxal {imports}, ABŞ-a ixrac isə {exports} olub: idxalın bu ikisinin cəmində payı {share} təşkil edib.",
  "lead.sides": "ABŞ-dan idxal {imports}, ABŞ-a ixrac isə {exports} olub.",
  "lead.noTrade": "Mənbələrdə {year} üzrə tam il ticarət göstəriciləri yoxdur.",
  "lead.partials":
    "{count, plural, one {Mənbələrdə bir natamam il göstəricisi var: {first}.} other {Mənbələrdə # natamam il göstəricisi var, məsələn, {first}.}}",
  "lead.flowsBoth":
    "Son bildirilən birbaşa investisiya axınları ({period}): ABŞ-dan Azərbaycana {usToAz}, Azərbaycandan ABŞ-a {azToUs}.",
  "lead.flowsUs": "Son bildirilən birbaşa investisiya axını ({period}): ABŞ-dan Azərbaycana {usToAz}.",
  "lead.flowsAz": "Son bildirilən birbaşa investisiya axını ({period}): Azərbaycandan ABŞ-a {azToUs}.",
  "lead.noFlows": "Mənbələrdə {year} və əvvəlki illər üzrə birbaşa investisiya axınları yoxdur.",
  "lead.shareName": "İdxalın idxal və ixracın cəmində payı",
  "lead.shareFormula": "İdxal ÷ (idxal + ixrac) = {imports} ÷ ({imports} + {exports}) = {result}",
  "lead.partialLabel": "{metric}, {period}",
  "trade.moreForYear": "Ətraflı, {year}: bildirilən göstəricilər və natamam il rəqəmləri",
  "fdi.answerFlows": "{year} və əvvəlki illər üzrə son bildirilən axınlar: {flows}.",
  "fdi.answerNoFlows": "Mənbələr {year} və əvvəlki illər üzrə birbaşa investisiya axınları barədə məlumat vermir.",
  "fdi.answerStock": "ABŞ-ın Azərbaycana investisiyalarının ümumi həcmi ({date} tarixində bildirildiyi kimi): {stock}.",
  "fdi.answerNoStock": "Mənbələrdə {year} və əvvəlki illər üzrə ABŞ investisiyalarının ümumi həcmi göstərilmir.",
  "fdi.moreForYear":
    "Ətraflı: {year} üzrə artım, paylar və yerlər, mövqe barədə açıqlamalar, ümumi həcm barədə bütün açıqlamalar",
  "exports.answer":
    "{count, plural, one {{year} üzrə dəyərcə ən böyük məhsul: {list}.} other {{year} üzrə dəyərcə ən böyük məhsullar: {list}.}}",
  "exports.more":
    "Ətraflı: bütün məhsullar mənbələri ilə, metodlar üzrə yekunlar, dəyəri göstərilmədən adı çəkilən məhsullar",
  "companies.answer":
    "{count, plural, one {Mənbələrdə # ABŞ şirkətinin adı çəkilir} other {Mənbələrdə # ABŞ şirkətinin adı çəkilir}}{sectors, plural, =0 {.} one { (# sektorda).} other { (# sektorda: {list}).}}",
  "companies.answerCount": "Mənbədə göstərildiyi kimi son say: {count}.",
  "companies.recent": "2025–2026-cı illərin mənbələrində adı çəkilənlər",
  "companies.earlier": "Yalnız əvvəlki və ya tarixsiz mənbələrdə adı çəkilənlər ({count})",
  "companies.more": "Ətraflı: hər mənbənin göstərdiyi bütün saylar və azərbaycanlı tərəfdaşlar",
} as const satisfies Record<keyof typeof english, string>;
