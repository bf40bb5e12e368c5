/** English messages: The Export composition panel. ICU message syntax (plural, selectordinal). */
export const exportsMessages = {
  "exports.title": "Export composition",
  "exports.description": "Azerbaijan’s exports to the U.S. by product, USD million.",
  "exports.noBreakdown": "No product breakdown for {year} in our sources.",
  "exports.availableYears": "Product values exist for: {years}.",
  "exports.showYear": "Show {year}",
  "exports.other": "Other products (derived)",
  "exports.otherAll": "All other exports (derived)",
  "exports.rest": "{count, plural, one {# other product} other {# other products}} (derived)",
  "exports.otherNoteTop":
    "Derived: the {basis} total of {total} minus the {count} largest products. {all, plural, one {The # product is} other {All # products are}} in the Table view.",
  "exports.restNote":
    "Derived: the sum of the {count, plural, one {# product} other {# products}} after the {top} largest. Every product is in the Table view.",
  "exports.hiddenLabel": "Not shown by the sector filter (derived)",
  "exports.totalInput": "Total exports to the U.S.",
  "exports.otherNote":
    "Derived: the {basis} total of {total} minus {count, plural, one {the # named product} other {the # named products}}.",
  "exports.totalsDiffer": "Totals differ by method for {year}: {versions}.",
  "exports.totalOnly":
    "Total exports to the U.S. in {year}: {total} ({reporter}), with no product split in our sources.",
  "exports.sectorFiltered":
    "Showing products in: {sectors}. Not shown: products in other sectors plus the unattributed remainder, {rest} (derived).",
  "exports.noneInSector": "No valued product for {year} in the selected sectors.",
  "exports.namedTitle": "Named in sources without values (period not stated)",
  "exports.chartSummary":
    "{count, plural, one {{product} is the only product shown for {year}, at {value}.} other {{product} is the largest of # products shown for {year}, at {value}.}} Every value is in the Table view.",
  "exports.chartSummaryTotal":
    "{count, plural, one {{product} is the only product shown for {year}, at {value} of {total} ({basis}) in total exports to the U.S.} other {{product} is the largest of # products shown for {year}, at {value} of {total} ({basis}) in total exports to the U.S.}} Every value is in the Table view.",
  "exports.chartSummaryNone": "No product values shown for {year}. Every figure is in the Table view.",
  "exports.scope.all_goods": "All goods",
  "exports.scope.non_oil_gas": "Non-oil & gas exports",
  "exports.scope.non_oil_gas_az_origin": "Non-oil & gas exports of Azerbaijani origin",
  "exports.scopeTitle": "By origin (national statistics)",
  "exports.tableCaption":
    "Azerbaijan’s exports to the U.S. by product, {year}, USD million, with every reported total; the remainder is derived from the total on the products’ basis.",
  "exports.totalRow": "Total exports to U.S.",
  "exports.notShown": "Not shown: other sectors and unattributed (derived)",
  "exports.otherHow": "the total on the products’ basis minus every valued product",
  "exports.notShownHow": "the total on the products’ basis minus the products shown",
} as const;
