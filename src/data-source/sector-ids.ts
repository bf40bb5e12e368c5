/** The sector catalogue, in display order: the one list filters, links and the schema share (no zod here). */
export const SECTOR_IDS = [
  "energy",
  "digital",
  "finance",
  "aerospace",
  "defense",
  "transport",
  "agriculture",
  "healthcare",
  "industry",
  "consumer",
  "other",
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];
