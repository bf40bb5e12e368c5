/** English messages: comparing two years (the "Compare with" filter, the lead, the panels' comparisons). ICU message syntax. */
export const compareMessages = {
  "filters.compare": "Compare with",
  "filters.compareNone": "No comparison",
  "filters.compareOption": "vs {year}",
  "notice.compare_not_a_year": "comparison year “{value}” ({param}) is not a year; no comparison shown",
  "notice.compare_out_of_range": "comparison year {value} is outside the supported range; no comparison shown",
  "notice.compare_same_year": "comparison year {value} is the year shown; no comparison shown",
  "notice.compare_conflict": "“{param}={value}” cannot be combined with “year” or “vs”; the range was ignored",
  "compare.heading": "{year} compared with {vs}",
  "compare.change": "{direction, select, up {up {value}} down {down {value}} other {unchanged ({value})}}",
  "compare.changeName": "{measure}: change, {vs} to {year}",
  "compare.itemFull": "{measure}: {current} in {year} against {previous} in {vs}, {change}.",
  "compare.itemPeriod": "{measure}, {period}: {current} against {previous} in the same months of {vs}, {change}.",
  "compare.itemNone": "{measure}: not compared: {reason}.",
  "compare.why.missing": "the sources give no figure for {year}",
  "compare.why.missingBoth": "the sources give a figure for neither year",
  "compare.why.noLikePeriod":
    "{year} has figures only for {period}, and the sources give none for the same months of {other} (part of a year is never compared with a full year)",
  "compare.why.qualified": "the figure for {period} is stated only as “{stated}”, so no exact change can be computed",
  "compare.why.basis": "the two figures are measured on different statistical bases",
  "compare.primaryUsed":
    "Where the sources disagree (⚠), the primary version of each year is compared; open a figure to see every version.",
  "compare.flow": "Direct investment {direction}",
  "compare.count": "U.S. companies counted as {concept}",
  "compare.noCounts": "No dated company count is stated in {year} or {vs}, so the counts are not compared.",
  "prov.formula.change": "({current} − {previous}) ÷ {previous} = {percent}; {current} − {previous} = {absolute}",
  "prov.formula.changeAbsolute": "{current} − {previous} = {absolute} (no percentage: the earlier value is 0)",
  "lead.compareChange":
    "In {year}, goods trade between Azerbaijan and the U.S. came to {turnover}, {change} on {vs} ({previous}).",
  "lead.comparePeriod":
    "Over {period}, turnover was {current} against {previous} in the same months of {vs}, {change}.",
  "lead.compareNone": "Turnover is not compared with {vs}: {reason}.",
} as const;
