-- Issue #12: a search for one number alone ("11000", "11.000", "elftausend") read every hit's row
-- from the heap twice – once to pick the newest 2 000 for ranking, once for the bounded count
-- (q=11000 at a million claims: ~5 000 hits, ~5 500 heap pages per query). Its value half now
-- comes from this index in date order and index-only: the same expression as the claims' value
-- lexeme (search_number_token, so the same rounding), the keyset columns of "newest first", and
-- what the queue's default filter and the per-status counts read. `value` is included because the
-- planner only considers an index-only scan when every column the query names is in the index.
-- (lib/claims/search-query.ts numberOnlySearch, lib/claims/queue.ts numberSearchPageQuery.)
CREATE INDEX "claims_number_token_idx" ON "claims"
    (search_number_token("value"), "created_at" DESC, "id" DESC) INCLUDE ("value", "content_verdict", "not_a_claim");
