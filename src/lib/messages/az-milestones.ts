/** Azerbaijani (Latin) messages: The Milestones panel. ICU message syntax. */
import type { milestonesMessages as english } from "./en-milestones";

export const milestonesMessages = {
  "milestones.title": "Mühüm mərhələlər",
  "milestones.description":
    "Mənbələrdəki tarixli hadisələr, ən yenisi əvvəldə. Həmin ili bütün panellərdə göstərmək üçün hadisənin ilini seçin.",
  "milestones.list": "Hadisələr, ən yenisi əvvəldə",
  "milestones.selectedYear": "Seçilmiş il",
  "milestones.showYear": "Göstər: {year}",
  "milestones.kind.legislation": "Qanun və ya siyasət",
  "milestones.kind.agreement": "Saziş",
  "milestones.kind.visit": "Səfər və ya görüş",
  "milestones.kind.business": "Biznes",
  "milestones.kind.energy_project": "Enerji layihəsi",
  "milestones.kind.other": "Əlaqələr",
  "milestones.sectors": "Sektorlar:",
  "milestones.wholeRelationship": "Bütövlükdə əlaqələr",
  "milestones.sectorFilterNote": "Seçilmiş sektorlardakı hadisələr və bütövlükdə əlaqələrə aid hadisələr göstərilir.",
  "milestones.hideOtherSectors":
    "{count, plural, one {Digər sektorlardakı # hadisəni gizlət} other {Digər sektorlardakı # hadisəni gizlət}}",
  "milestones.otherSector": "Digər sektorlar",
  "milestones.evidence": "Mənbə mətni və qeydlər",
  "milestones.tableCaption": "Mənbələrdəki mühüm mərhələlər, ən yenisi əvvəldə, tarixləri və mənbələri ilə",
  "milestones.col.event": "Hadisə",
  "milestones.col.kind": "Növ",
  "milestones.col.sectors": "Sektorlar",
  "milestones.note": "Qeyd:",
  "milestones.chartLegend": "Mühüm mərhələlər olan il",
  "milestones.chartSummary": "Qrafikdə qeyd olunan mühüm mərhələlər: {summary}.",
  "milestones.inYear":
    "{count, plural, =0 {Mənbələrdə {year} üzrə hadisə yoxdur.} one {{year} üzrə # hadisə; aşağıda “Seçilmiş il” kimi qeyd olunub.} other {{year} üzrə # hadisə; aşağıda “Seçilmiş il” kimi qeyd olunub.}}",
  "milestones.showOtherSectors":
    "{count, plural, one {Digər sektorlardakı # hadisəni göstər} other {Digər sektorlardakı # hadisəni göstər}}",
  "milestones.showAll":
    "{count, plural, other {Bütün # hadisəni göstər}} ({later, plural, =0 {sonrakı yoxdur} other {# sonrakı}}, {earlier, plural, =0 {əvvəlki yoxdur} other {# əvvəlki}})",
  "milestones.showFewer": "Yalnız seçilmiş il ətrafındakı hadisələri göstər",
  "milestones.tooltip":
    "{count, plural, one {# mühüm mərhələ (bax: Mühüm mərhələlər)} other {# mühüm mərhələ (bax: Mühüm mərhələlər)}}",
} as const satisfies Record<keyof typeof english, string>;
