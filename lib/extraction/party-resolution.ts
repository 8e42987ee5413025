// Party resolution: the stage after speaker finding. A speaker phrase arrives with the party its
// noun phrase carries (gazetteer entry, role with place, body with side adjective); this stage
// decides the source as it is reported – which actor name and party a claim gets – and names the
// rule that decided it, for the claim's explanation and the per-rule evaluation.

import type { ResolvedActor } from "./attribution";

export interface PartyDecision {
  actor: ResolvedActor;
  /** Id of the party rule that decided ("party:as-found" = the speaker phrase's own party). */
  rule: string;
}

/** A party rule: returns the decided source, or null when it does not apply. */
export interface PartyRule {
  id: string;
  description: string;
  apply: (actor: ResolvedActor) => ResolvedActor | null;
}

export const PARTY_RULES: readonly PartyRule[] = [];

/** The source a claim is attributed to, for a speaker found by the cue rules. */
export function resolveSourceParty(actor: ResolvedActor): PartyDecision {
  for (const rule of PARTY_RULES) {
    const decided = rule.apply(actor);
    if (decided) return { actor: decided, rule: rule.id };
  }
  return { actor, rule: "party:as-found" };
}
