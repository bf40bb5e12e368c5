/**
 * What each document of sources.json contributed to the dataset: the records, named
 * products, company roles and milestones that cite it. Pure, so the Sources section
 * and its tests agree on the counts.
 */
import type {
  Company,
  CompanyCount,
  InvestmentRecord,
  Milestone,
  NamedProduct,
  ProductRecord,
  TradeRecord,
} from "../data-source/schema";

export type ContributedItem =
  | { kind: "trade"; record: TradeRecord }
  | { kind: "products"; record: ProductRecord }
  | { kind: "namedProducts"; record: NamedProduct }
  | { kind: "investment"; record: InvestmentRecord }
  | { kind: "companyCounts"; record: CompanyCount }
  | { kind: "companyRoles"; company: Company; role: Company["roles"][number] }
  | { kind: "milestones"; record: Milestone };
type ContributionKind = ContributedItem["kind"];

/** Display order of the kinds in a source's entry. */
const CONTRIBUTION_KINDS: readonly ContributionKind[] = [
  "trade",
  "products",
  "namedProducts",
  "investment",
  "companyCounts",
  "companyRoles",
  "milestones",
];

export interface ContributionInput {
  trade?: readonly TradeRecord[];
  products?: readonly ProductRecord[];
  namedProducts?: readonly NamedProduct[];
  investment?: readonly InvestmentRecord[];
  companyCounts?: readonly CompanyCount[];
  companies?: readonly Company[];
  milestones?: readonly Milestone[];
}

export interface Contribution {
  kind: ContributionKind;
  items: ContributedItem[];
}

/** Source id → its contributions, one per kind that has any, in CONTRIBUTION_KINDS order. */
export function sourceContributions(input: ContributionInput): Map<string, Contribution[]> {
  const items: { sourceIds: readonly string[]; item: ContributedItem }[] = [
    ...(input.trade ?? []).map((record) => ({ sourceIds: record.sourceIds, item: { kind: "trade", record } as const })),
    ...(input.products ?? []).map((record) => ({
      sourceIds: record.sourceIds,
      item: { kind: "products", record } as const,
    })),
    ...(input.namedProducts ?? []).map((record) => ({
      sourceIds: record.sourceIds,
      item: { kind: "namedProducts", record } as const,
    })),
    ...(input.investment ?? []).map((record) => ({
      sourceIds: record.sourceIds,
      item: { kind: "investment", record } as const,
    })),
    ...(input.companyCounts ?? []).map((record) => ({
      sourceIds: record.sourceIds,
      item: { kind: "companyCounts", record } as const,
    })),
    ...(input.companies ?? []).flatMap((company) =>
      company.roles.map((role) => ({
        sourceIds: role.sourceIds,
        item: { kind: "companyRoles", company, role } as const,
      })),
    ),
    ...(input.milestones ?? []).map((record) => ({
      sourceIds: record.sourceIds,
      item: { kind: "milestones", record } as const,
    })),
  ];
  const bySource = new Map<string, Map<ContributionKind, ContributedItem[]>>();
  for (const { sourceIds, item } of items) {
    for (const id of new Set(sourceIds)) {
      const kinds = bySource.get(id) ?? new Map<ContributionKind, ContributedItem[]>();
      kinds.set(item.kind, [...(kinds.get(item.kind) ?? []), item]);
      bySource.set(id, kinds);
    }
  }
  const result = new Map<string, Contribution[]>();
  for (const [id, kinds] of bySource) {
    result.set(
      id,
      CONTRIBUTION_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, items: kinds.get(kind) ?? [] })),
    );
  }
  return result;
}
