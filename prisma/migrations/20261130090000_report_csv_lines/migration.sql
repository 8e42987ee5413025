-- Issue #9, speed of the report CSV: each claim's finished CSV cells, stored, so an export is a
-- COPY of stored text in index order (lib/reports/csv-lines.ts, csv-sql.ts). Building the cells
-- (quoting, labels, evidence, names, dates) was ~85 % of PostgreSQL's time for a 100 000-claim
-- report.
--
-- A row holds two runs of quoted cells: `head` (Freigegeben … Hinweis nötig, with its trailing
-- comma) and `tail` (the comma, then Zuordnung … Artikel-URL). What differs per export is left
-- out and spliced in by the export: the draft mark and report number before the head, the
-- settings' caveat text between head and tail, the chain head and checksum after the tail.
-- `context_key` names what else the cells were built with besides the tables below (the
-- evidence links' registry owners and the conflict parties, and the cell format itself): a row
-- whose key differs from the export's is not used.
--
-- The app writes the cells (with the very expression an export would run live), the triggers
-- below only invalidate: every write of an input – the claim's own columns, its article, its
-- sources, its report facts (reviews, submission, approval through claim_report_fields), a
-- person's name – sets the row of each claim it touches back to empty, in the same transaction.
-- An export uses a row only when it is filled and its key matches; otherwise it builds that
-- line live. So a stored line is never older than its inputs (csv-lines.ts explains why the
-- filling cannot race an invalidation: it locks the rows it fills first, skipping locked ones).
--
-- Every claim has a row from its insert on, empty until an export fills it: an invalidation is
-- then always an UPDATE of an existing row, which a concurrent filling must wait for.
CREATE TABLE "claim_report_lines" (
    "claim_id" TEXT NOT NULL,
    "head" TEXT,
    "tail" TEXT,
    "context_key" TEXT,

    CONSTRAINT "claim_report_lines_pkey" PRIMARY KEY ("claim_id"),
    CONSTRAINT "claim_report_lines_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE
);

INSERT INTO claim_report_lines (claim_id) SELECT id FROM claims;

-- Empties the rows of the given claims (always a new row version, even for an empty row: a
-- filling that locked the row before must not overwrite this later invalidation, and one that
-- comes after sees it). The ids are sorted, so writers that each empty many rows (an article's,
-- a person's) usually take them in one order; the exports' storing never waits for a row.
CREATE FUNCTION "claim_report_lines_invalidate"(claim_ids text[]) RETURNS void LANGUAGE sql AS $$
    UPDATE claim_report_lines l SET head = NULL, tail = NULL, context_key = NULL
      FROM (SELECT DISTINCT id FROM unnest(claim_ids) AS t(id) ORDER BY id) ids
     WHERE l.claim_id = ids.id;
$$;

CREATE FUNCTION "claim_report_lines_from_claim_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_report_lines (claim_id) SELECT id FROM new_claims ON CONFLICT (claim_id) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_report_lines_claim_insert" AFTER INSERT ON "claims"
    REFERENCING NEW TABLE AS new_claims
    FOR EACH STATEMENT EXECUTE FUNCTION "claim_report_lines_from_claim_insert"();

CREATE FUNCTION "claim_report_lines_from_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_report_lines_invalidate(ARRAY[NEW.id]);
    RETURN NULL;
END
$$;

-- The claim columns a line shows (lib/reports/csv-sql.ts's lineCells); other updates (search
-- vector, cluster, timestamps) leave the line alone.
CREATE TRIGGER "claim_report_lines_claim" AFTER UPDATE OF
        "id", "status", "sentence", "value_text", "value", "qualifier", "what", "source_text", "actor_name", "party",
        "official", "caveat", "attribution_verdict", "content_verdict" ON "claims"
    FOR EACH ROW WHEN ((OLD.id, OLD.status, OLD.sentence, OLD.value_text, OLD.value, OLD.qualifier, OLD.what,
                        OLD.source_text, OLD.actor_name, OLD.party, OLD.official, OLD.caveat,
                        OLD.attribution_verdict, OLD.content_verdict)
            IS DISTINCT FROM (NEW.id, NEW.status, NEW.sentence, NEW.value_text, NEW.value, NEW.qualifier, NEW.what,
                              NEW.source_text, NEW.actor_name, NEW.party, NEW.official, NEW.caveat,
                              NEW.attribution_verdict, NEW.content_verdict))
    EXECUTE FUNCTION "claim_report_lines_from_claim"();

CREATE FUNCTION "claim_report_lines_from_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_report_lines_invalidate(ARRAY(SELECT c.id FROM claims c WHERE c.article_id = NEW.id));
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_report_lines_article" AFTER UPDATE OF "title", "outlet", "published_at", "stand", "url" ON "articles"
    FOR EACH ROW WHEN ((OLD.title, OLD.outlet, OLD.published_at, OLD.stand, OLD.url)
            IS DISTINCT FROM (NEW.title, NEW.outlet, NEW.published_at, NEW.stand, NEW.url))
    EXECUTE FUNCTION "claim_report_lines_from_article"();

-- A claim's sources, and its report facts (newest reviews, submission, approval).
CREATE FUNCTION "claim_report_lines_from_claim_row"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM claim_report_lines_invalidate(ARRAY[NEW.claim_id]);
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM claim_report_lines_invalidate(ARRAY[OLD.claim_id]);
    ELSE
        PERFORM claim_report_lines_invalidate(ARRAY[OLD.claim_id, NEW.claim_id]);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_report_lines_sources" AFTER INSERT OR UPDATE OR DELETE ON "claim_sources"
    FOR EACH ROW EXECUTE FUNCTION "claim_report_lines_from_claim_row"();

CREATE TRIGGER "claim_report_lines_fields" AFTER INSERT OR UPDATE OR DELETE ON "claim_report_fields"
    FOR EACH ROW EXECUTE FUNCTION "claim_report_lines_from_claim_row"();

-- A line shows the current name of the people behind its steps; renaming or removing a person
-- empties the lines that name them (rare: a scan of claim_report_fields).
CREATE FUNCTION "claim_report_lines_from_user"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM claim_report_lines_invalidate(ARRAY(
        SELECT f.claim_id FROM claim_report_fields f
         WHERE OLD.id IN (f.content_user_id, f.attribution_user_id, f.submitted_user_id, f.approved_user_id)));
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_report_lines_user_name" AFTER UPDATE OF "name" ON "users"
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION "claim_report_lines_from_user"();

CREATE TRIGGER "claim_report_lines_user_delete" AFTER DELETE ON "users"
    FOR EACH ROW EXECUTE FUNCTION "claim_report_lines_from_user"();
