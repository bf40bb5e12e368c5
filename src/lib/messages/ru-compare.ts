/** Russian messages: comparing two years (the "Compare with" filter, the lead, the panels' comparisons). ICU message syntax. */
import type { compareMessages as english } from "./en-compare";

export const compareMessages = {
  "filters.compare": "Сравнить с",
  "filters.compareNone": "Без сравнения",
  "filters.compareOption": "против {year}",
  "notice.compare_not_a_year": "год сравнения «{value}» ({param}) — не год; сравнение не показано",
  "notice.compare_out_of_range": "год сравнения {value} вне поддерживаемого диапазона; сравнение не показано",
  "notice.compare_same_year": "год сравнения {value} совпадает с показанным годом; сравнение не показано",
  "notice.compare_conflict": "«{param}={value}» нельзя сочетать с «year» или «vs»; диапазон не учтён",
  "compare.heading": "{year} г. в сравнении с {vs} г.",
  "compare.change":
    "{direction, select, up {рост на {value}} down {снижение на {value}} other {без изменений ({value})}}",
  "compare.changeName": "{measure}: изменение, {vs} → {year}",
  "compare.itemFull": "{measure}: {current} в {year} г. против {previous} в {vs} г., {change}.",
  "compare.itemPeriod": "{measure}, {period}: {current} против {previous} за те же месяцы {vs} г., {change}.",
  "compare.itemNone": "{measure}: без сравнения: {reason}.",
  "compare.why.missing": "источники не дают данных за {year} год",
  "compare.why.missingBoth": "источники не дают данных ни за один из двух лет",
  "compare.why.noLikePeriod":
    "за {year} г. есть данные только за {period}, а за те же месяцы {other} г. источники данных не дают (часть года никогда не сравнивается с полным годом)",
  "compare.why.qualified":
    "показатель за {period} указан лишь как «{stated}», поэтому точное изменение рассчитать нельзя",
  "compare.why.basis": "два показателя рассчитаны на разной статистической основе",
  "compare.primaryUsed":
    "Где источники расходятся (⚠), сравниваются основные версии каждого года; откройте показатель, чтобы увидеть все версии.",
  "compare.flow": "Прямые инвестиции, {direction}",
  "compare.count": "Компании США ({concept})",
  "compare.noCounts":
    "Ни за {year} г., ни за {vs} г. нет датированных данных о числе компаний, поэтому они не сравниваются.",
  "prov.formula.change": "({current} − {previous}) ÷ {previous} = {percent}; {current} − {previous} = {absolute}",
  "prov.formula.changeAbsolute": "{current} − {previous} = {absolute} (без процента: прежнее значение равно 0)",
  "lead.compareChange":
    "В {year} г. товарооборот Азербайджана и США составил {turnover}: {change} к {vs} г. ({previous}).",
  "lead.comparePeriod":
    "За {period} товарооборот составил {current} против {previous} за те же месяцы {vs} г., {change}.",
  "lead.compareNone": "Товарооборот не сравнивается с {vs} г.: {reason}.",
} as const satisfies Record<keyof typeof english, string>;
