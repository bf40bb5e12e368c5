/** English messages: the lead under the header and the answer each panel opens with. ICU message syntax. */
export const answersMessages = {
  "lead.label": "In brief, {year}",
  "lead.turnover": "In {year}, goods trade between Azerbaijan and the U.S. came to {turnover}.",
  "lead.turnoverChange":
    "In {year}, goods trade between Azerbaijan and the U.S. came to {turnover}, a change of {change} on {previousYear}.",
  "lead.lopsided":
    "Imports from the U.S. were {imports} and exports to the U.S. {exports}: imports made up {share} of the two.",
  "lead.sides": "Imports from the U.S. were {imports}; exports to the U.S. {exports}.",
  "lead.noTrade": "The sources give no full-year trade figures for {year}.",
  "lead.partials":
    "{count, plural, one {They give one partial-year figure: {first}.} other {They give # partial-year figures, such as {first}.}}",
  "lead.flowsBoth":
    "The latest direct investment flows reported ({period}): {usToAz} from the U.S. into Azerbaijan and {azToUs} from Azerbaijan into the U.S.",
  "lead.flowsUs": "The latest direct investment flow reported ({period}): {usToAz} from the U.S. into Azerbaijan.",
  "lead.flowsAz": "The latest direct investment flow reported ({period}): {azToUs} from Azerbaijan into the U.S.",
  "lead.noFlows": "The sources give no direct investment flows up to {year}.",
  "lead.shareName": "Imports’ share of imports plus exports",
  "lead.shareFormula": "Imports ÷ (imports + exports) = {imports} ÷ ({imports} + {exports}) = {result}",
  "lead.partialLabel": "{metric}, {period}",
  "trade.moreForYear": "More for {year}: reported indicators and partial-year figures",
  "fdi.answerFlows": "Latest flows reported up to {year}: {flows}.",
  "fdi.answerNoFlows": "The sources report no direct investment flows up to {year}.",
  "fdi.answerStock": "Cumulative U.S. investment in Azerbaijan, as stated on {date}: {stock}.",
  "fdi.answerNoStock": "The sources state no cumulative U.S. investment up to {year}.",
  "fdi.moreForYear": "More: growth, shares and ranks for {year}, standing statements, every stock statement",
  "exports.answer":
    "{count, plural, one {The largest product in {year}: {list}.} other {The largest products in {year}: {list}.}}",
  "exports.more": "More: every product with its sources, totals by method, products named without values",
  "companies.answer":
    "{count, plural, one {The sources name # U.S. company} other {The sources name # U.S. companies}}{sectors, plural, =0 {.} one { in # sector.} other { in # sectors: {list}.}}",
  "companies.answerCount": "Latest count as stated: {count}.",
  "companies.recent": "Named in 2025–2026 sources",
  "companies.earlier": "Named only in earlier or undated sources ({count})",
  "companies.more": "More: every count as each source states it, and counterparts",
} as const;
