// Party resolution: the stage after speaker finding. A speaker phrase arrives with the actor its
// noun phrase resolved to (gazetteer entry, role with place, body with side adjective); this stage
// decides the source as reported – the actor name and party a claim gets – from that actor and the
// speaker as written, and names the rule that decided it, for the explanation and `npm run eval`.

import type { ResolvedActor } from "./attribution";
import { CAPITALS, SIDE_GOVERNMENTS } from "./lexicon";
import { SIDE_NAMES } from "./parties";

export interface PartyDecision {
  actor: ResolvedActor;
  /** Id of the party rule that decided ("party:as-found" = the speaker phrase's own actor). */
  rule: string;
}

/** A party rule: returns the decided source, or null when it does not apply. */
export interface PartyRule {
  id: string;
  description: string;
  apply: (actor: ResolvedActor, written: string) => ResolvedActor | null;
}

const words = (written: string): string[] =>
  written
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/**
 * A capital standing for its side ("Moskau meldete", "Kiew zufolge", "nach Moskauer Angaben")
 * is that side's government; the country itself stays when the text names the country.
 */
const capitalGovernment: PartyRule = {
  id: "party:capital-government",
  description: "Hauptstadt für ihre Seite („Moskau meldete“) → deren Regierung",
  apply: (actor, written) => {
    if (actor.name !== SIDE_NAMES[actor.party]) return null; // a named body or person: as found
    const ws = words(written);
    const side = ws.map((w) => CAPITALS.get(w)).find((p) => p === actor.party);
    const government = side ? SIDE_GOVERNMENTS.get(side) : undefined;
    if (!government || ws.includes(actor.name.toLowerCase())) return null;
    return { ...actor, name: government, official: true, kind: "BODY", how: `${actor.how}; Hauptstadt → Regierung` };
  },
};

export const PARTY_RULES: readonly PartyRule[] = [capitalGovernment];

/** The source a claim is attributed to, for a speaker found by the cue rules and written as `written`. */
export function resolveSourceParty(actor: ResolvedActor, written: string): PartyDecision {
  for (const rule of PARTY_RULES) {
    const decided = rule.apply(actor, written);
    if (decided) return { actor: decided, rule: rule.id };
  }
  return { actor, rule: "party:as-found" };
}
