/** Russian messages: Provenance popovers: values, wording, periods, sources, versions, the primary rule, formulas. ICU message syntax. */
import type { provenanceMessages as english } from "./en-provenance";

export const provenanceMessages = {
  "prov.trigger": "{label}: {value} — источники",
  "prov.triggerConflict": "{label}: {value}, версий: {count}, источники расходятся — источники",
  "prov.triggerDerived": "{label}: {value}, расчёт — как получено",
  "prov.nameParts": "{what}, {detail}",
  "prov.countName": "Компании: {concept}",
  "prov.close": "Закрыть",
  "prov.value": "Значение",
  "prov.statedAsLabel": "Формулировка",
  "prov.statedAs": "указано как «{text}»",
  "prov.unit": "Единица",
  "prov.unit.USD million": "млн USD",
  "prov.unit.percent": "проценты",
  "prov.unit.times": "раз (кратность)",
  "prov.unit.rank": "место",
  "prov.unit.companies": "компании",
  "prov.basis": "Основа",
  "prov.reporter": "Кем сообщено",
  "prov.note": "Примечание: {note}",
  "prov.sourcesHeading":
    "{count, plural, =1 {Источник (#):} one {Источники (#):} few {Источники (#):} many {Источники (#):} other {Источники (#):}}",
  "prov.undatedNote": "Без даты: {note}",
  "prov.inSourcesList": "В списке источников",
  "prov.versionsConflict": "Версий этой цифры: {count}; источники расходятся",
  "prov.versionsSame":
    "{count, plural, one {Эту цифру приводит # источник} few {Эту цифру приводят # источника} many {Эту цифру приводят # источников} other {Эту цифру приводят # источника}}",
  "prov.col.value": "Значение",
  "prov.col.statedAs": "Формулировка",
  "prov.col.period": "Период, основа",
  "prov.col.source": "Кем сообщено, источник, примечание",
  "prov.primaryTag": "основная",
  "prov.primaryDetails": "Основная версия полностью ({value})",
  "prov.spread": "Разброс между версиями: {value} ({max} − {min}), {percent} от основной цифры.",
  "prov.spreadQualified": "Часть значений приблизительна или является границей («около», «более»).",
  "prov.ruleHeading": "Почему показано {value} (правило выбора основной версии):",
  "prov.rule.exact": "(1) точная цифра приоритетнее цифры с оговоркой — вместо {versions}",
  "prov.rule.national":
    "(2) национальная статистика Азербайджана приоритетнее других основ (OEC, данные США) — вместо {versions}",
  "prov.rule.precise": "(3) более точная цифра приоритетнее округлённой — вместо {versions}",
  "prov.rule.seed": "(4) первичная новостная статья приоритетнее вторичной страницы — вместо {versions}",
  "prov.rule.later": "(5) более поздняя публикация приоритетнее ранней — вместо {versions}",
  "prov.rule.id": "(6) при равенстве по всем критериям решает ID записи — вместо {versions}",
  "prov.derivedIntro": "Рассчитано в коде по записям из источников; ни один источник не приводит это число.",
  "prov.inputs": "Исходные данные:",
  "prov.inputsMore":
    "… и ещё {count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}, каждая — в режиме «Таблица».",
  "prov.formula.sum":
    "Сумма {count, plural, one {# товара} few {# товаров} many {# товаров} other {# товара}} = {result}",
  "prov.formula.balance": "Экспорт − импорт = {exports} − {imports} = {result}",
  "prov.formula.growth": "{current} ÷ {previous} − 1 = {result}",
  "prov.formula.remainder":
    "{total} (итог) − {sum} ({count, plural, one {# товар} few {# товара} many {# товаров} other {# товара}}) = {result}",
  "prov.chartSource": "Источник: {sources}",
  "prov.chartDerived": "рассчитано по столбцам",
} as const satisfies Record<keyof typeof english, string>;
