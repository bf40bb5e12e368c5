/** Azerbaijani (Latin) messages: The Export composition panel. ICU message syntax. */
import type { exportsMessages as english } from "./en-exports";

export const exportsMessages = {
  "exports.title": "İxracın strukturu",
  "exports.description": "Azərbaycanın ABŞ-a ixracı məhsullar üzrə, mln USD.",
  "exports.noBreakdown": "Mənbələrimizdə {year} üzrə məhsul bölgüsü yoxdur.",
  "exports.availableYears": "Məhsul dəyərləri olan illər: {years}.",
  "exports.showYear": "Göstər: {year}",
  "exports.other": "Digər məhsullar (hesablanmış)",
  "exports.otherAll": "Bütün digər ixrac (hesablanmış)",
  "exports.rest": "{count, plural, one {# digər məhsul} other {# digər məhsul}} (hesablanmış)",
  "exports.otherNoteTop":
    "Hesablanıb: {basis} üzrə yekun məbləğdən ({total}) ən böyük {count} məhsul çıxılıb. {all, plural, one {# məhsul Cədvəl görünüşündədir.} other {Bütün # məhsul Cədvəl görünüşündədir.}}",
  "exports.restNote":
    "Hesablanıb: ən böyük {top} məhsuldan sonrakı {count, plural, one {# məhsulun} other {# məhsulun}} cəmi. Bütün məhsullar Cədvəl görünüşündədir.",
  "exports.hiddenLabel": "Sektor filtri ilə gizlədilib (hesablanmış)",
  "exports.totalInput": "ABŞ-a ümumi ixrac",
  "exports.otherNote":
    "Hesablanıb: {basis} üzrə yekun məbləğdən ({total}) {count, plural, one {adı çəkilən # məhsul} other {adı çəkilən # məhsul}} çıxılıb.",
  "exports.totalsDiffer": "{year} üzrə yekunlar metoddan asılı olaraq fərqlənir: {versions}.",
  "exports.totalOnly": "{year} üzrə ABŞ-a ümumi ixrac: {total} ({reporter}); mənbələrimizdə məhsul bölgüsü yoxdur.",
  "exports.sectorFiltered":
    "Bu sektorların məhsulları göstərilir: {sectors}. Göstərilmir: digər sektorların məhsulları və bölüşdürülməmiş qalıq, {rest} (hesablanmış).",
  "exports.noneInSector": "Seçilmiş sektorlarda {year} üzrə dəyəri göstərilən məhsul yoxdur.",
  "exports.namedTitle": "Mənbələrdə dəyəri göstərilmədən adı çəkilənlər (dövr göstərilməyib)",
  "exports.chartSummary":
    "{count, plural, one {{product} {year} üzrə göstərilən yeganə məhsuldur: {value}.} other {{product} {year} üzrə göstərilən # məhsulun ən böyüyüdür: {value}.}} Bütün dəyərlər Cədvəl görünüşündədir.",
  "exports.chartSummaryTotal":
    "{count, plural, one {{product} {year} üzrə göstərilən yeganə məhsuldur: {value}; ABŞ-a ümumi ixrac {total} ({basis}).} other {{product} {year} üzrə göstərilən # məhsulun ən böyüyüdür: {value}; ABŞ-a ümumi ixrac {total} ({basis}).}} Bütün dəyərlər Cədvəl görünüşündədir.",
  "exports.chartSummaryNone": "{year} üzrə məhsul dəyərləri göstərilmir. Bütün göstəricilər Cədvəl görünüşündədir.",
  "exports.scope.all_goods": "Bütün mallar",
  "exports.scope.non_oil_gas": "Qeyri-neft-qaz ixracı",
  "exports.scope.non_oil_gas_az_origin": "Azərbaycan mənşəli qeyri-neft-qaz ixracı",
  "exports.scopeTitle": "Mənşəyə görə (milli statistika)",
  "exports.tableCaption":
    "Azərbaycanın ABŞ-a ixracı məhsullar üzrə, {year}, mln USD, bildirilən bütün yekunlarla; qalıq məhsullarla eyni bazadakı yekundan hesablanıb.",
  "exports.totalRow": "ABŞ-a ümumi ixrac",
  "exports.notShown": "Göstərilmir: digər sektorlar və bölüşdürülməmiş qalıq (hesablanmış)",
  "exports.otherHow": "məhsullarla eyni bazadakı yekundan dəyəri olan bütün məhsullar çıxılmaqla",
  "exports.notShownHow": "məhsullarla eyni bazadakı yekundan göstərilən məhsullar çıxılmaqla",
} as const satisfies Record<keyof typeof english, string>;
