// The audit chain's hash rule, stated once. The database computes it (trigger
// audit_events_chain, migration 20261129180000_audit_chain) and lib/audit/verify.ts
// recomputes it; both use the SQL function audit_event_canonical for the content, so
// there is exactly one definition of the canonical form:
//
//   canonical = jsonb_build_object(
//     'id': id as text, 'seq': seq as text, 'user': user_id, 'action': action,
//     'entity': {'type': entity_type, 'id': entity_id}, 'before': before, 'after': after,
//     'created_at': created_at in UTC as "YYYY-MM-DDTHH:MM:SS.mmmZ")::text
//
// jsonb prints keys in a stable order (by length, then bytewise, at every depth) and
// normalises the before/after JSON, so the same content always gives the same text.
//   hash = hex(SHA-256(prev_hash || canonical)), prev_hash of the first event = GENESIS_HASH.
import crypto from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** SQL expression of an event's canonical text; `e` is the audit_events alias. */
export const CANONICAL_SQL =
  "audit_event_canonical(e.id, e.seq, e.user_id, e.action, e.entity_type, e.entity_id, e.before, e.after, e.created_at)";

export function chainHash(prevHash: string, canonical: string): string {
  return crypto
    .createHash("sha256")
    .update(prevHash + canonical, "utf8")
    .digest("hex");
}
