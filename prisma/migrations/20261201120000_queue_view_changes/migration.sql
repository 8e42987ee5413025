-- Issue #12: the queue's other per-view reads – an editor's returned claims and rechecks
-- (lib/claims/queue-heads.ts) and filtered pages – are served from the same cache as searches
-- (lib/db/view-cache.ts), keyed by search_changes. What those heads read beyond a search page:
-- the "claim.return" events (approver and comment), the events by which an editor handled a claim
-- (the rechecks list those of its user: submit, approve, content and attribution verdicts), and the
-- recheck flags. Each of those writes notes its transaction like the claim writes do.
DROP TRIGGER "audit_events_search_changes" ON "audit_events";
CREATE TRIGGER "audit_events_search_changes" AFTER INSERT ON "audit_events"
    FOR EACH ROW WHEN (NEW.action IN ('claim.submit', 'claim.return', 'claim.approve', 'claim.content_verdict',
                                      'claim.attribution_verdict'))
    EXECUTE FUNCTION "search_changes_note"();
CREATE TRIGGER "claim_rechecks_search_changes" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "claim_rechecks"
    FOR EACH STATEMENT EXECUTE FUNCTION "search_changes_note"();
