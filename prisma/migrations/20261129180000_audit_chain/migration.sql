-- Tamper-evident, append-only audit (issue #8).
--
-- Every audit event carries its position in one chain (`seq`, gapless from 1), the hash of the
-- event before it (`prev_hash`, 64 zeros for the first) and its own `hash`:
--   hash = hex(SHA-256(prev_hash || audit_event_canonical(event)))
-- The canonical form is defined once, in audit_event_canonical() below (documented in
-- lib/audit/canonical.ts); lib/audit/verify.ts recomputes every hash from it.
--
-- The chain is written by a BEFORE INSERT trigger, not by the application: every insert (also a
-- plain `tx.auditEvent.create` or raw SQL by the app role) is chained, whatever values it passes
-- for seq/prev_hash/hash. Serialisation: the trigger updates the single row of audit_chain_head,
-- whose row lock is held until the inserting transaction ends, so concurrent writers queue and
-- each one reads the head its predecessor committed (READ COMMITTED re-reads the updated row;
-- under REPEATABLE READ a concurrent writer gets a serialisation error instead of a fork).
-- The head also records the last seq and hash, so removing events at the end is detected too.

ALTER TABLE "audit_events"
    ADD COLUMN "seq" BIGINT NOT NULL DEFAULT 0,
    ADD COLUMN "prev_hash" CHAR(64) NOT NULL DEFAULT '',
    ADD COLUMN "hash" CHAR(64) NOT NULL DEFAULT '';

-- Users are deactivated, never deleted: the audit keeps who did what.
ALTER TABLE "audit_events" DROP CONSTRAINT "audit_events_user_id_fkey";
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_fkey"
    FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE TABLE "audit_chain_head" (
    "id" BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK ("id"),
    "seq" BIGINT NOT NULL,
    "hash" CHAR(64) NOT NULL
);
INSERT INTO "audit_chain_head" ("id", "seq", "hash") VALUES (TRUE, 0, repeat('0', 64));

-- The canonical content of an event: compact JSON text with keys in a fixed order (jsonb's own
-- order: by key length, then bytewise), timestamps as UTC ISO-8601 with milliseconds.
CREATE FUNCTION audit_event_canonical(
    p_id BIGINT, p_seq BIGINT, p_user_id TEXT, p_action TEXT, p_entity_type TEXT, p_entity_id TEXT,
    p_before JSONB, p_after JSONB, p_created_at TIMESTAMPTZ
) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_build_object(
        'id', p_id::text,
        'seq', p_seq::text,
        'user', p_user_id,
        'action', p_action,
        'entity', jsonb_build_object('type', p_entity_type, 'id', p_entity_id),
        'before', p_before,
        'after', p_after,
        'created_at', to_char(p_created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
    )::text
$$;

CREATE FUNCTION audit_event_hash(p_prev_hash TEXT, p_canonical TEXT) RETURNS CHAR(64)
    LANGUAGE sql IMMUTABLE AS $$
    SELECT encode(sha256(convert_to(p_prev_hash || p_canonical, 'UTF8')), 'hex')
$$;

-- SECURITY DEFINER: the app role may insert events but not move the chain head itself.
CREATE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public, pg_temp AS $$
DECLARE
    head_seq BIGINT;
    head_hash CHAR(64);
BEGIN
    UPDATE audit_chain_head SET seq = seq + 1 WHERE id RETURNING seq, hash INTO head_seq, head_hash;
    NEW.seq := head_seq;
    NEW.prev_hash := head_hash;
    NEW.hash := audit_event_hash(head_hash, audit_event_canonical(
        NEW.id, NEW.seq, NEW.user_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.before, NEW.after, NEW.created_at));
    UPDATE audit_chain_head SET hash = NEW.hash WHERE id;
    RETURN NEW;
END
$$;

CREATE FUNCTION audit_events_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events ist unveränderlich: % ist nicht erlaubt', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Existing events join the chain in id order (genesis: 64 zeros), before the guards exist.
DO $$
DECLARE
    event RECORD;
    running_seq BIGINT := 0;
    running_hash CHAR(64) := repeat('0', 64);
    event_hash CHAR(64);
BEGIN
    FOR event IN SELECT * FROM audit_events ORDER BY id LOOP
        running_seq := running_seq + 1;
        event_hash := audit_event_hash(running_hash, audit_event_canonical(
            event.id, running_seq, event.user_id, event.action, event.entity_type, event.entity_id,
            event.before, event.after, event.created_at));
        UPDATE audit_events SET seq = running_seq, prev_hash = running_hash, hash = event_hash WHERE id = event.id;
        running_hash := event_hash;
    END LOOP;
    UPDATE audit_chain_head SET seq = running_seq, hash = running_hash WHERE id;
END
$$;

CREATE UNIQUE INDEX "audit_events_seq_key" ON "audit_events"("seq");
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");
CREATE INDEX "audit_events_user_id_created_at_idx" ON "audit_events"("user_id", "created_at");

CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_chain();
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_reject_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_reject_change();
CREATE TRIGGER audit_chain_head_no_delete BEFORE DELETE ON audit_chain_head
    FOR EACH ROW EXECUTE FUNCTION audit_events_reject_change();
CREATE TRIGGER audit_chain_head_no_truncate BEFORE TRUNCATE ON audit_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_reject_change();
