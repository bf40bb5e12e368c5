/** English messages: The Foreign direct investment panel. ICU message syntax (plural, selectordinal). */
export const fdiMessages = {
  "fdi.title": "Foreign direct investment",
  "fdi.description": "Direct investment both ways, USD million. Flows are compared only for like periods.",
  "fdi.usToAz": "U.S. → Azerbaijan",
  "fdi.azToUs": "Azerbaijan → U.S.",
  "fdi.flowsFull": "Flows, full years",
  "fdi.flowsPartial": "Flows, {period}",
  "fdi.qualifiedLegend": "Hollow: stated as “about” or “more than”",
  "fdi.stockList":
    "{count, plural, one {The stock statement, with its source} other {All # stock statements, with sources}}",
  "fdi.flowYears": "Flow figures exist for: {years}.",
  "fdi.notInSources": "not in sources",
  "fdi.metric.flow": "Flow",
  "fdi.metric.stock": "Stock",
  "fdi.metric.flow_growth": "Growth on a year earlier (reported)",
  "fdi.metric.share_of_total": "Share of the total (reported)",
  "fdi.metric.rank": "U.S. rank (reported)",
  "fdi.noFlows": "No investment flow figures for {year} in our sources.",
  "fdi.stocks": "Cumulative stock, as reported",
  "fdi.stocksNote":
    "Cumulative totals as officials stated them; methods are not given and the series is not monotonic, so points are not joined.",
  "fdi.growthLabel": "{direction}, change on {period} (derived):",
  "fdi.growthName": "Change in flow {direction}, {period}",
  "fdi.indicators": "Shares, ranks and growth reported for {year}",
  "fdi.noIndicators": "No shares, ranks or growth figures reported for {year}.",
  "fdi.chartSummary":
    "Investment flows{count, plural, one {, {period}} other {, latest of # periods ({period})}}: U.S. → Azerbaijan {usToAz}, Azerbaijan → U.S. {azToUs}. Every value is in the Table view.",
  "fdi.chartSummaryNone": "No investment flows shown. Every figure is in the Table view.",
  "fdi.stockSummary":
    "Cumulative investment as officials stated it, latest statement each way: {summary}. The statements are not one consistent series. Every value is in the Table view.",
  "fdi.stockLatest": "{direction} {value} (as of {date})",
  "fdi.scope.all_sectors": "all sectors",
  "fdi.scope.oil_gas": "oil & gas only",
  "fdi.scope.non_oil": "non-oil only",
  "fdi.tableCaption":
    "Direct investment both ways: flows by period with like-for-like growth (derived, percent), cumulative stocks and standing statements as reported.",
  "fdi.growthRow": "Flow growth (derived)",
  "fdi.growthHow": "change on the like period {period}",
} as const;
