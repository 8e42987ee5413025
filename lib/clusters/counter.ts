// Counter-claims: the figures opposing conflict parties give for the same event – Moscow's "70
// Drohnen abgeschossen" beside Kyjiw's figure for the same night. Same event and counted thing
// (a side given on one claim only still matches), articles published within the cluster window of
// each other, and a source on one side that is a conflict party and one on the other that is a
// different conflict party (any two of the newsroom's conflict parties oppose each other).
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { configuredRules } from "./store";

export interface CounterClaim {
  claimId: string;
  articleId: string;
  articleTitle: string;
  valueText: string;
  party: Party;
  /** "Gegenangabe: 70 (RU) – 30 (UA)": this claim's figure first, then the other side's. */
  line: string;
}

const COUNTER_LIMIT = 10;

interface OwnRow {
  event: string | null;
  thing_lemma: string | null;
  thing_attribute: string | null;
  value_text: string;
  published_at: Date | null;
  parties: Party[];
}

interface CandidateRow {
  id: string;
  article_id: string;
  title: string;
  value_text: string;
  parties: Party[];
}

/** The parties of a claim: its sources' (claim_sources) and its own. */
const PARTIES_OF = (alias: string) =>
  `array(SELECT DISTINCT p FROM (SELECT s.party::text AS p FROM claim_sources s WHERE s.claim_id = ${alias}.id
                                 UNION SELECT ${alias}.party::text) x)`;

export function counterLine(ownValue: string, ownParty: Party, otherValue: string, otherParty: Party): string {
  return `Gegenangabe: ${ownValue} (${ownParty}) – ${otherValue} (${otherParty})`;
}

/** The opposing side's figures for this claim's event, or [] when it has none or no conflict party. */
export async function counterClaimsOf(prisma: PrismaClient, claimId: string): Promise<CounterClaim[]> {
  const [own] = await prisma.$queryRawUnsafe<OwnRow[]>(
    `SELECT c.event, c.thing_lemma, c.thing_attribute, c.value_text, a.published_at, ${PARTIES_OF("c")} AS parties
       FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = $1 AND NOT c.not_a_claim`,
    claimId,
  );
  if (!own?.event || !own.thing_lemma || !own.published_at) return [];
  const { conflictParties } = await loadNewsroomSettings(prisma);
  const ownSide = own.parties.filter((p) => conflictParties.includes(p));
  if (ownSide.length === 0) return [];
  const opponents = conflictParties.filter((p) => !ownSide.includes(p));
  if (opponents.length === 0) return [];
  const windowMs = configuredRules().windowMs;
  const rows = await prisma.$queryRawUnsafe<CandidateRow[]>(
    `SELECT c.id, c.article_id, a.title, c.value_text, ${PARTIES_OF("c")}::text[] AS parties
       FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.event = $1 AND c.thing_lemma = $2 AND c.id <> $3 AND NOT c.not_a_claim
        AND ($4 = '' OR c.thing_attribute IN ('', $4))
        AND a.published_at BETWEEN $5::timestamptz - $6 * interval '1 millisecond'
                               AND $5::timestamptz + $6 * interval '1 millisecond'
        AND (c.party::text = ANY($7::text[])
             OR EXISTS (SELECT 1 FROM claim_sources s WHERE s.claim_id = c.id AND s.party::text = ANY($7::text[])))
      ORDER BY a.published_at, c.id
      LIMIT ${COUNTER_LIMIT * 2}`,
    own.event,
    own.thing_lemma,
    claimId,
    own.thing_attribute ?? "",
    own.published_at,
    windowMs,
    opponents,
  );
  return (
    rows
      // a report naming both sides is no counter-claim
      .filter((r) => !r.parties.some((p) => ownSide.includes(p)))
      .slice(0, COUNTER_LIMIT)
      .map((r) => {
        const party = r.parties.find((p) => opponents.includes(p))!;
        return {
          claimId: r.id,
          articleId: r.article_id,
          articleTitle: r.title,
          valueText: r.value_text,
          party,
          line: counterLine(own.value_text, ownSide[0], r.value_text, party),
        };
      })
  );
}
