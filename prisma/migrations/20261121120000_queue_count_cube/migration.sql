-- Per-status counts of the review queue without counting 100 000 rows per page view:
-- claims per combination of the columns the cheap queue filters use, kept exact by
-- statement-level triggers in the writing transaction (never stale, never ahead of a
-- commit). At most 2 × 9 × 2 × 4 × 4 rows. Filters on other columns (text, actor,
-- article, outlet, dates) still count the claims themselves (lib/claims/queue.ts).
-- Model ClaimQueueCount in schema.prisma (read-only there: only the triggers write it). The
-- surrogate id is for Prisma; the key is the unique index with NULLS NOT DISTINCT below.
CREATE TABLE "claim_queue_counts" (
    "id" BIGSERIAL PRIMARY KEY,
    "not_a_claim" BOOLEAN NOT NULL,
    "party" "Party" NOT NULL,
    "caveat" BOOLEAN NOT NULL,
    "content_verdict" "ContentVerdict",
    "attribution_verdict" "AttributionVerdict",
    "n" BIGINT NOT NULL
);

CREATE UNIQUE INDEX "claim_queue_counts_key" ON "claim_queue_counts"
    ("not_a_claim", "party", "caveat", "content_verdict", "attribution_verdict") NULLS NOT DISTINCT;

-- One upsert per statement: old rows count -1, new rows +1, per combination; updates that
-- leave the five columns alone change nothing (and lock nothing). Ordered by the key so
-- that concurrent writers take the row locks in the same order.
CREATE FUNCTION "claim_queue_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO claim_queue_counts AS t (not_a_claim, party, caveat, content_verdict, attribution_verdict, n)
        SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, count(*)
          FROM new_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (not_a_claim, party, caveat, content_verdict, attribution_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO claim_queue_counts AS t (not_a_claim, party, caveat, content_verdict, attribution_verdict, n)
        SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, -count(*)
          FROM old_rows GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (not_a_claim, party, caveat, content_verdict, attribution_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSE
        INSERT INTO claim_queue_counts AS t (not_a_claim, party, caveat, content_verdict, attribution_verdict, n)
        SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, sum(d)
          FROM (SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, -1 AS d FROM old_rows
                UNION ALL
                SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, 1 AS d FROM new_rows) AS changes
         GROUP BY 1, 2, 3, 4, 5 HAVING sum(d) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (not_a_claim, party, caveat, content_verdict, attribution_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "claim_queue_counts_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_queue_counts;
    RETURN NULL;
END
$$;

CREATE TRIGGER "claims_queue_counts_insert" AFTER INSERT ON "claims"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_queue_counts_apply"();
CREATE TRIGGER "claims_queue_counts_update" AFTER UPDATE ON "claims"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_queue_counts_apply"();
CREATE TRIGGER "claims_queue_counts_delete" AFTER DELETE ON "claims"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_queue_counts_apply"();
CREATE TRIGGER "claims_queue_counts_truncate" AFTER TRUNCATE ON "claims"
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_queue_counts_truncate"();

-- Existing claims (the triggers above already hold the lock that keeps writers out until commit).
INSERT INTO "claim_queue_counts" (not_a_claim, party, caveat, content_verdict, attribution_verdict, n)
SELECT not_a_claim, party, caveat, content_verdict, attribution_verdict, count(*)
  FROM "claims" GROUP BY 1, 2, 3, 4, 5;
