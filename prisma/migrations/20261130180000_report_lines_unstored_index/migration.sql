-- Issue #9, speed of the report CSV: an export first looks for the scope's claims whose stored
-- line is missing or of another context (lib/reports/csv-sql.ts's unstoredLinesQuery). Once an
-- article's lines are stored that is usually a handful of claims changed since, yet the query
-- walked every claim of the scope and its line (≈ 0.2–0.3 s for 100 000 claims, before the first
-- byte of every export). These two indexes find the few directly: lines emptied by an
-- invalidation (head NULL) and lines stored under another context key (a key below or above the
-- export's own; NULL keys are in the index too).
CREATE INDEX "claim_report_lines_unfilled_idx" ON "claim_report_lines"("claim_id") WHERE "head" IS NULL;

CREATE INDEX "claim_report_lines_context_key_idx" ON "claim_report_lines"("context_key");
