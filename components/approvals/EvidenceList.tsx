// Evidence links of a verdict: each with its domain and, where the actor registry knows the
// domain, the actor who owns it and that actor's party (an "independent" link from a conflict
// party's own channel is what an approver must catch).
import { PartyBadge } from "@/components/claims/PartyBadge";
import type { InboxEvidence } from "@/lib/approvals/inbox-types";
import styles from "./approvals.module.css";

function EvidenceLink({ item }: { item: InboxEvidence }) {
  // Only http(s) addresses are links (displayDomain is "" for anything else).
  if (!item.domain) return <span>{item.url}</span>;
  return (
    <a href={item.url} target="_blank" rel="noopener noreferrer">
      {item.note || item.url}
    </a>
  );
}

export function EvidenceList({ evidence }: { evidence: InboxEvidence[] }) {
  if (evidence.length === 0) return <span className="muted">keine Belege</span>;
  return (
    <ul className={styles.evidence}>
      {evidence.map((item, index) => (
        <li key={`${index}-${item.url}`} data-testid="inbox-evidence">
          <EvidenceLink item={item} />{" "}
          {item.domain && (
            <span className={styles.domain} data-testid="evidence-domain">
              {item.domain}
            </span>
          )}{" "}
          {item.owner ? (
            <span data-testid="evidence-owner">
              · {item.owner.name}
              {item.owner.official ? " (offizielle Stelle)" : ""} <PartyBadge party={item.owner.party} />
            </span>
          ) : (
            <span className="muted">· nicht im Akteursregister</span>
          )}{" "}
          {item.independent && <strong>· als unabhängig markiert</strong>}
        </li>
      ))}
    </ul>
  );
}
