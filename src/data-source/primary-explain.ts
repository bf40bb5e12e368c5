/**
 * Says which test of the primary rule (primary.ts, mock-data/README.md) put the primary
 * version ahead of each other version, so the UI can show why a figure was chosen.
 */
import { PRIMARY_TESTS, type SourceDates, type Version } from "./primary";

/** The rule's tests in order: (1) exact, (2) national, (3) precise, (4) seed, (5) later, (6) id. */
const RULE_STEPS = ["exact", "national", "precise", "seed", "later", "id"] as const;
export type RuleStep = (typeof RULE_STEPS)[number];

/** The first test that tells `winner` and `loser` apart, or "same" when they are tied at every test but the id. */
export function decidingStep(winner: Version, loser: Version, dates: SourceDates): RuleStep {
  for (const [i, test] of PRIMARY_TESTS.entries()) {
    if (test(winner, dates) !== test(loser, dates)) return RULE_STEPS[i] ?? "id";
  }
  return "id";
}

export interface RuleExplanation<V> {
  primary: V;
  /** One entry per deciding test, in the rule's order, with the versions it set aside. */
  steps: { step: RuleStep; number: number; beaten: V[] }[];
}

/**
 * For a figure (versions primary first), which step of the rule beat each other version. Null
 * for a single version, and for a figure whose primary follows the figure it is stated with
 * (`pairedWith`, see versions.ts pairWith): the rule did not choose it, so it has nothing to say.
 */
export function explainPrimary<V extends Version>(
  figure: { versions: readonly V[]; pairedWith?: Version | undefined },
  dates: SourceDates,
): RuleExplanation<V> | null {
  const [primary, ...others] = figure.versions;
  if (primary === undefined || others.length === 0 || figure.pairedWith !== undefined) return null;
  const byStep = new Map<RuleStep, V[]>();
  for (const other of others) {
    const step = decidingStep(primary, other, dates);
    byStep.set(step, [...(byStep.get(step) ?? []), other]);
  }
  const steps = RULE_STEPS.filter((s) => byStep.has(s)).map((step) => ({
    step,
    number: RULE_STEPS.indexOf(step) + 1,
    beaten: byStep.get(step) ?? [],
  }));
  return { primary, steps };
}
