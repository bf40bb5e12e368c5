/** Azerbaijani (Latin) messages: The Trade turnover panel. ICU message syntax. */
import type { tradeMessages as english } from "./en-trade";

export const tradeMessages = {
  "trade.title": "Ticarət dövriyyəsi",
  "trade.description":
    "Azərbaycanın ABŞ ilə mal ticarəti, tam illər, mln USD (başqa qeyd olunmayıbsa, Azərbaycanın milli statistikası).",
  "trade.imports": "ABŞ-dan idxal",
  "trade.exports": "ABŞ-a ixrac",
  "trade.turnover": "Dövriyyə",
  "trade.balance": "Saldo (hesablanmış)",
  "trade.selectYear": "İli seçin",
  "trade.hatchLegend": "Ştrixli: milli statistika deyil",
  "trade.hatchNote":
    "Ştrixli sütunlar Azərbaycanın milli statistikası deyil (mənbə üçün cədvələ baxın); müxtəlif bazaları qarışdıran ildə dövriyyə xəttə birləşdirilmir.",
  "trade.metric.turnover": "Dövriyyə",
  "trade.metric.imports": "ABŞ-dan idxal",
  "trade.metric.exports": "ABŞ-a ixrac",
  "trade.metric.balance": "Saldo (bildirilmiş)",
  "trade.metric.turnover_growth": "Dövriyyənin artımı",
  "trade.metric.imports_growth": "İdxalın artımı",
  "trade.metric.exports_growth": "İxracın artımı",
  "trade.metric.rank_overall": "ABŞ-ın Azərbaycanın ticarət tərəfdaşları arasında yeri",
  "trade.metric.rank_imports": "ABŞ-ın idxal mənbələri arasında yeri",
  "trade.metric.rank_exports": "ABŞ-ın ixrac istiqamətləri arasında yeri",
  "trade.metric.share_of_total_trade": "ABŞ-ın Azərbaycanın ümumi ticarətində payı",
  "trade.tableCaption":
    "Azərbaycan–ABŞ ticarəti tam illər üzrə, mln USD. Saldo = ixrac − idxal, əsas göstəricilərdən hesablanıb.",
  "trade.noFullYears": "Mənbələrdə tam il ticarət göstəriciləri yoxdur.",
  "trade.gapNote": "Mənbələrimizdə tam il göstəricisi olmayan illər oxda buraxılır (//): {years}.",
  "trade.partialTitle": "Natamam il göstəriciləri (tam illərlə müqayisəli deyil)",
  "trade.noPartial": "Natamam il göstəriciləri yoxdur.",
  "trade.summaryPeak": "Dövriyyənin ən yüksək həddi {peak} olub ({peakYear}), son ildə ({latestYear}) isə {latest}",
  "trade.summaryPeakLatest": "Dövriyyə ən yüksək həddə son ildə ({year}) çatıb: {peak}",
  "trade.summaryImportsMost":
    "müqayisəli göstəriciləri olan hər ildə dövriyyənin böyük hissəsi ABŞ-dan idxalın payına düşür",
  "trade.summaryImportsShare": "{year} üzrə dövriyyədə ABŞ-dan idxalın payı {share} olub",
  "trade.summaryGaps": "Mənbələrdə {years} üzrə tam il göstəriciləri yoxdur.",
  "trade.summaryTable": "Bütün göstəricilər mənbələri ilə Cədvəl görünüşündədir.",
  "trade.axisUnit": "mln USD",
  "trade.axisBreak": "{years} üzrə tam il göstəriciləri yoxdur",
  "trade.tooltipNone": "mənbələrdə yoxdur",
  "trade.tooltipNoBalance": "hesablanmayıb: dəqiq idxal və ixrac göstəriciləri lazımdır",
  "trade.tooltipMixed":
    "Göstəricilər müxtəlif bazalardadır: müqayisəli deyil, ona görə bu ilin dövriyyəsi xətdən ayrı göstərilir.",
  "trade.reportedIndicators": "{year} üzrə bildirilən göstəricilər",
  "trade.noIndicators": "{year} üzrə artım, yer və ya pay göstəricisi bildirilməyib.",
  "trade.balanceHow": "ixrac − idxal, əsas göstəricilərdən",
} as const satisfies Record<keyof typeof english, string>;
