-- Issue #9, speed of the report CSV: a version per article, so an export's share key
-- (lib/reports/csv-copy.ts's bodyKey) is read from one row per article of its scope instead of a
-- digest over every claim's stored line (≈ 0.36 s of PostgreSQL per export of 100 000 claims,
-- before the first byte, once per parallel export).
--
-- The promise the key relies on: whenever a committed write can change the bytes an export
-- writes for an article's claims – a line's content (every invalidation of migration
-- 20261130090000 goes through claim_report_lines_invalidate, which now also bumps the claims'
-- articles) or which claims of the article a scope holds and in which order (a claim inserted,
-- deleted, moved to another article, moved in the text, marked as no claim, linked to another
-- registry actor) – the article's version changes in the same transaction. The counter row is
-- updated in place, so writers of one article take their turns on it and every commit leaves a
-- version no snapshot has seen for that article; versions come from a sequence, so an article
-- deleted and created again with the same id never repeats an old one.
--
-- Storing a line (an export's fillReportLines) does not bump: a stored line has the bytes of the
-- line built live, so finished bodies stay usable after their lines were stored.
CREATE SEQUENCE "report_article_version_seq";

CREATE TABLE "report_article_versions" (
    "article_id" TEXT NOT NULL,
    "version" BIGINT NOT NULL,
    "bumped_in" BIGINT,

    CONSTRAINT "report_article_versions_pkey" PRIMARY KEY ("article_id"),
    CONSTRAINT "report_article_versions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO report_article_versions (article_id, version) SELECT id, nextval('report_article_version_seq') FROM articles;

-- New versions for the given articles (sorted, so writers of several articles usually lock their
-- rows in one order; NULLs and repeats dropped). Once per transaction and article: no snapshot
-- sees a version between two bumps of one transaction, and a row updated again and again in
-- one transaction (a re-attribution's 5 000 claim updates, each with its row trigger) makes
-- every later lookup walk all its versions. `bumped_in` is the 64-bit transaction id, which
-- never repeats (xmin's 32 bits wrap around).
CREATE FUNCTION "report_article_versions_bump"(article_ids text[]) RETURNS void LANGUAGE sql AS $$
    UPDATE report_article_versions v
       SET version = nextval('report_article_version_seq'), bumped_in = pg_current_xact_id()::text::bigint
      FROM (SELECT DISTINCT id FROM unnest(article_ids) AS t(id) WHERE id IS NOT NULL ORDER BY id) ids
     WHERE v.article_id = ids.id AND v.bumped_in IS DISTINCT FROM pg_current_xact_id()::text::bigint;
$$;

-- As before (migration 20261130090000), and the claims' articles get a new version.
CREATE OR REPLACE FUNCTION "claim_report_lines_invalidate"(claim_ids text[]) RETURNS void LANGUAGE sql AS $$
    UPDATE claim_report_lines l SET head = NULL, tail = NULL, context_key = NULL
      FROM (SELECT DISTINCT id FROM unnest(claim_ids) AS t(id) ORDER BY id) ids
     WHERE l.claim_id = ids.id;
    SELECT report_article_versions_bump(ARRAY(SELECT DISTINCT c.article_id FROM claims c WHERE c.id = ANY(claim_ids)));
$$;

-- An article's claims are all emptied by an update of its shown columns; bumping it directly
-- spares the lookup of each claim's article (100 000 for a large live blog).
CREATE OR REPLACE FUNCTION "claim_report_lines_from_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_report_lines l SET head = NULL, tail = NULL, context_key = NULL
      FROM (SELECT c.id FROM claims c WHERE c.article_id = NEW.id ORDER BY c.id) ids
     WHERE l.claim_id = ids.id;
    PERFORM report_article_versions_bump(ARRAY[NEW.id]);
    RETURN NULL;
END
$$;

CREATE FUNCTION "report_article_versions_from_article_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_article_versions (article_id, version)
    SELECT id, nextval('report_article_version_seq') FROM new_articles
        ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version;
    RETURN NULL;
END
$$;

CREATE TRIGGER "report_article_versions_article_insert" AFTER INSERT ON "articles"
    REFERENCING NEW TABLE AS new_articles
    FOR EACH STATEMENT EXECUTE FUNCTION "report_article_versions_from_article_insert"();

-- Claims entering or leaving an article (insert, delete).
CREATE FUNCTION "report_article_versions_from_claim_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_article_versions_bump(ARRAY(SELECT article_id FROM new_claims));
    RETURN NULL;
END
$$;

CREATE FUNCTION "report_article_versions_from_claim_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM report_article_versions_bump(ARRAY(SELECT article_id FROM old_claims));
    RETURN NULL;
END
$$;

CREATE TRIGGER "report_article_versions_claim_insert" AFTER INSERT ON "claims"
    REFERENCING NEW TABLE AS new_claims
    FOR EACH STATEMENT EXECUTE FUNCTION "report_article_versions_from_claim_insert"();

CREATE TRIGGER "report_article_versions_claim_delete" AFTER DELETE ON "claims"
    REFERENCING OLD TABLE AS old_claims
    FOR EACH STATEMENT EXECUTE FUNCTION "report_article_versions_from_claim_delete"();

-- Claim columns that decide a scope's membership or order without showing in the line: the
-- article (which also shows: the line is emptied), the position in the text, "keine
-- Behauptung", the registry actor (the actor scope).
CREATE FUNCTION "report_article_versions_from_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.article_id IS DISTINCT FROM NEW.article_id THEN
        PERFORM claim_report_lines_invalidate(ARRAY[NEW.id]);
    END IF;
    PERFORM report_article_versions_bump(ARRAY[OLD.article_id, NEW.article_id]);
    RETURN NULL;
END
$$;

CREATE TRIGGER "report_article_versions_claim" AFTER UPDATE OF "article_id", "start", "not_a_claim", "actor_id" ON "claims"
    FOR EACH ROW WHEN ((OLD.article_id, OLD.start, OLD.not_a_claim, OLD.actor_id)
            IS DISTINCT FROM (NEW.article_id, NEW.start, NEW.not_a_claim, NEW.actor_id))
    EXECUTE FUNCTION "report_article_versions_from_claim"();
