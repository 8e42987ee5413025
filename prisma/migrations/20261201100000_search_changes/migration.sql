-- Issue #12: a search's page and counts may be served again from the app's memory while nothing they
-- read has changed (lib/claims/search-cache.ts). "Nothing changed" must be exact, never a guess:
-- every transaction that writes what a search page reads – claims, their further sources, their
-- articles, a "claim.submit" audit event (the page's "eingereicht von"), a user's name – leaves one
-- row here, keyed by its own transaction id (one row per transaction; another transaction never
-- meets that key, so writers never wait for each other here, unlike a shared counter row).
-- A reader takes, in one snapshot, the newest visible row M and the snapshot's oldest running
-- transaction X. When X > M every transaction with an id ≤ M has ended, so the snapshot sees
-- exactly the committed writers up to M: two snapshots with the same M (and X > M) see the same data,
-- and M is the cache key. When X ≤ M an older writer may still commit; then nothing is cached.
-- Model SearchChange in schema.prisma (read-only there: only the triggers write it).
CREATE TABLE "search_changes" (
    "xid" BIGINT PRIMARY KEY
);

CREATE FUNCTION "search_changes_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_changes (xid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (xid) DO NOTHING;
    RETURN NULL;
END
$$;

-- Statement level (one row per statement at most, so bulk writes stay cheap); also for statements
-- that change no row – a spare note only costs a cache miss.
CREATE TRIGGER "claims_search_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claims"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_changes_note"();
CREATE TRIGGER "claim_sources_search_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_sources"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_changes_note"();
CREATE TRIGGER "articles_search_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "articles"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_changes_note"();
-- Row level with a condition: every login and page action writes audit events, and only a
-- submission shows on a search page.
CREATE TRIGGER "audit_events_search_changes" AFTER INSERT ON "audit_events"
    FOR EACH ROW WHEN (NEW.action = 'claim.submit') EXECUTE FUNCTION "search_changes_note"();
CREATE TRIGGER "users_search_changes" AFTER UPDATE OF "name" ON "users"
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION "search_changes_note"();
CREATE TRIGGER "users_search_changes_delete" AFTER DELETE ON "users"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_changes_note"();
