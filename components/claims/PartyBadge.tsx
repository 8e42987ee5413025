import { PARTY_LABELS } from "@/lib/claims/labels";
import type { Party } from "@/lib/generated/prisma/enums";
import styles from "./badges.module.css";

/**
 * The party of a claim's source, as code plus German name (not colour alone). The name is a bare
 * text node (a flex item all the same): the queue renders this badge on every row.
 */
export function PartyBadge({ party }: { party: Party }) {
  return (
    <span className={`${styles.badge} ${styles[`party_${party}`]}`} data-testid="party-badge" data-party={party}>
      {party !== "NONE" && party !== "OTHER" && <span className={styles.code}>{party}</span>}
      {PARTY_LABELS[party]}
    </span>
  );
}
