/** English messages: The Milestones panel. ICU message syntax (plural, selectordinal). */
export const milestonesMessages = {
  "milestones.title": "Milestones",
  "milestones.description":
    "Dated events in the sources, newest first. Choose an event's year to show that year in every panel.",
  "milestones.list": "Events, newest first",
  "milestones.selectedYear": "Selected year",
  "milestones.showYear": "Show {year}",
  "milestones.kind.legislation": "Law or policy",
  "milestones.kind.agreement": "Agreement",
  "milestones.kind.visit": "Visit or meeting",
  "milestones.kind.business": "Business",
  "milestones.kind.energy_project": "Energy project",
  "milestones.kind.other": "Relations",
  "milestones.sectors": "Sectors:",
  "milestones.wholeRelationship": "Whole relationship",
  "milestones.sectorFilterNote": "Showing events in the selected sectors and events about the relationship as a whole.",
  "milestones.hideOtherSectors":
    "{count, plural, one {Hide the # event in other sectors} other {Hide the # events in other sectors}}",
  "milestones.otherSector": "Other sectors",
  "milestones.evidence": "Source text and notes",
  "milestones.tableCaption": "Milestones in the sources, newest first, with their dates and sources",
  "milestones.col.event": "Event",
  "milestones.col.kind": "Kind",
  "milestones.col.sectors": "Sectors",
  "milestones.note": "Note:",
  "milestones.chartLegend": "Year with milestones",
  "milestones.chartSummary": "Milestones marked on the chart: {summary}.",
  "milestones.inYear":
    "{count, plural, =0 {No events in the sources for {year}.} one {# event in {year}, marked “Selected year” below.} other {# events in {year}, marked “Selected year” below.}}",
  "milestones.showOtherSectors":
    "{count, plural, one {Show # event in other sectors} other {Show # events in other sectors}}",
  "milestones.showAll":
    "{count, plural, other {Show all # events}} ({later, plural, =0 {none later} other {# later}}, {earlier, plural, =0 {none earlier} other {# earlier}})",
  "milestones.showFewer": "Show only the events around the selected year",
  "milestones.tooltip": "{count, plural, one {# milestone (see Milestones)} other {# milestones (see Milestones)}}",
} as const;
