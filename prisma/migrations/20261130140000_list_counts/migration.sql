-- Issue #12: the article list (/articles) counted every article on each view – an exact count(*)
-- over 50 000 articles cost ~8.5 ms of PostgreSQL CPU per request, more than the rest of the page.
-- Articles per outlet, kept exact by statement-level triggers in the writing transaction (never
-- stale, never ahead of a commit), the same way as claim_queue_counts: the unfiltered list sums a
-- few hundred rows, the outlet filter reads one (lib/articles/queries.ts). Other filters still
-- count the matching articles themselves, bounded ("mehr als 10 000").
-- Model ArticleOutletCount in schema.prisma (read-only there: only the triggers write it).
-- An outlet whose articles are all gone keeps a row with n = 0.
CREATE TABLE "article_outlet_counts" (
    "outlet" TEXT PRIMARY KEY,
    "n" BIGINT NOT NULL
);

-- One upsert per statement: old rows count -1, new rows +1, per outlet; updates that leave the
-- outlet alone change nothing (and lock nothing). Ordered by outlet so that concurrent writers
-- take the row locks in the same order.
CREATE FUNCTION "article_outlet_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO article_outlet_counts AS t (outlet, n)
        SELECT outlet, count(*) FROM new_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT (outlet) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO article_outlet_counts AS t (outlet, n)
        SELECT outlet, -count(*) FROM old_rows GROUP BY 1 ORDER BY 1
        ON CONFLICT (outlet) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSE
        INSERT INTO article_outlet_counts AS t (outlet, n)
        SELECT outlet, sum(d)
          FROM (SELECT outlet, -1 AS d FROM old_rows UNION ALL SELECT outlet, 1 AS d FROM new_rows) AS changes
         GROUP BY 1 HAVING sum(d) <> 0 ORDER BY 1
        ON CONFLICT (outlet) DO UPDATE SET n = t.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "article_outlet_counts_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM article_outlet_counts;
    RETURN NULL;
END
$$;

CREATE TRIGGER "articles_outlet_counts_insert" AFTER INSERT ON "articles"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "article_outlet_counts_apply"();
CREATE TRIGGER "articles_outlet_counts_update" AFTER UPDATE ON "articles"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "article_outlet_counts_apply"();
CREATE TRIGGER "articles_outlet_counts_delete" AFTER DELETE ON "articles"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "article_outlet_counts_apply"();
CREATE TRIGGER "articles_outlet_counts_truncate" AFTER TRUNCATE ON "articles"
    FOR EACH STATEMENT EXECUTE FUNCTION "article_outlet_counts_truncate"();

-- Existing articles (the triggers above already hold the lock that keeps writers out until commit).
INSERT INTO "article_outlet_counts" (outlet, n) SELECT outlet, count(*) FROM "articles" GROUP BY 1;

-- The article list by outlet, newest first (lib/articles/queries.ts articlePageQuery): through the
-- date index alone a rare outlet meant walking every article before the page was full; the queue's
-- outlet filter (claims of the outlet's articles) reads it too.
CREATE INDEX "articles_outlet_created_at_id_idx" ON "articles" ("outlet", "created_at" DESC, "id" DESC);

-- A search for one number alone ("11000", "11.000", "elftausend") counted its value hits per
-- content status on every view by reading them from claims_number_token_idx (~5 000 index entries,
-- ~2.5 ms of PostgreSQL CPU at a million claims). Claims per value token, "keine Behauptung" flag
-- and content verdict, kept exact by statement-level triggers like claim_queue_counts: the count
-- then sums a few rows (lib/claims/queue.ts, when no filter other than the flag applies).
-- Model ClaimNumberCount in schema.prisma (read-only there). Unique key with NULLS NOT DISTINCT
-- (an open claim has no verdict) – not expressible in schema.prisma, so it lives here.
CREATE TABLE "claim_number_counts" (
    "id" BIGSERIAL PRIMARY KEY,
    "token" TEXT NOT NULL,
    "not_a_claim" BOOLEAN NOT NULL,
    "content_verdict" "ContentVerdict",
    "n" BIGINT NOT NULL
);

CREATE UNIQUE INDEX "claim_number_counts_key" ON "claim_number_counts"
    ("token", "not_a_claim", "content_verdict") NULLS NOT DISTINCT;

-- Old rows -1, new rows +1 per key; updates that leave value, flag and verdict alone change
-- nothing and lock nothing. Ordered by the key so concurrent writers lock in the same order.
CREATE FUNCTION "claim_number_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO claim_number_counts AS t (token, not_a_claim, content_verdict, n)
        SELECT search_number_token(value), not_a_claim, content_verdict, count(*)
          FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (token, not_a_claim, content_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO claim_number_counts AS t (token, not_a_claim, content_verdict, n)
        SELECT search_number_token(value), not_a_claim, content_verdict, -count(*)
          FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (token, not_a_claim, content_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    ELSE
        INSERT INTO claim_number_counts AS t (token, not_a_claim, content_verdict, n)
        SELECT token, not_a_claim, content_verdict, sum(d)
          FROM (SELECT search_number_token(value) AS token, not_a_claim, content_verdict, -1 AS d FROM old_rows
                UNION ALL
                SELECT search_number_token(value), not_a_claim, content_verdict, 1 FROM new_rows) AS changes
         GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
        ON CONFLICT (token, not_a_claim, content_verdict) DO UPDATE SET n = t.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION "claim_number_counts_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM claim_number_counts;
    RETURN NULL;
END
$$;

-- Named to sort after claims_queue_counts_*: triggers of one event fire in name order, so every
-- claim write locks its claim_queue_counts rows first and these second. Concurrent ingests then
-- queue up at the (shared) queue-count rows before holding any value-count row, instead of each
-- holding value rows the other needs in its next chunk of claims (a deadlock).
CREATE TRIGGER "claims_value_counts_insert" AFTER INSERT ON "claims"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_number_counts_apply"();
CREATE TRIGGER "claims_value_counts_update" AFTER UPDATE ON "claims"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_number_counts_apply"();
CREATE TRIGGER "claims_value_counts_delete" AFTER DELETE ON "claims"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "claim_number_counts_apply"();
CREATE TRIGGER "claims_value_counts_truncate" AFTER TRUNCATE ON "claims"
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_number_counts_truncate"();

INSERT INTO "claim_number_counts" (token, not_a_claim, content_verdict, n)
SELECT search_number_token(value), not_a_claim, content_verdict, count(*) FROM "claims" GROUP BY 1, 2, 3;
