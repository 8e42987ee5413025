-- Issue #9, speed of the report CSV: before its COPY the producing export looks for the scope's
-- claims whose line is not stored for its context (lib/reports/csv-copy.ts's unstoredLines) –
-- a join over every claim of the scope and its (wide) stored line, 150–300 ms for 100 000
-- claims even when a single line changed. Two additions let it skip the stored ones:
--
-- 1. Each stored line names its claim's article, and an index holds the empty lines per article,
--    so an article's empty lines are found without walking its claims.
-- 2. A mark per article: "every line of this article's claims is empty or stored for context
--    key K". For a marked article the empty lines are all there is to build (a line of another
--    context is the only other kind, and the mark says there is none).
--
-- What keeps a mark true: a line only becomes non-empty through an export's storing
-- (lib/reports/csv-lines.ts), and that storing deletes the marks of another context of the
-- articles whose lines it stores, in its own transaction. Emptying a line (every invalidation),
-- a new claim (its line starts empty) and a claim moved in (its line is emptied, and its
-- article_id here follows the claim) keep the mark true. An export sets marks only after it
-- checked, in a snapshot taken under an exclusive advisory lock that every storing takes shared
-- before it writes, so a storing of another context cannot slip between check and mark.
ALTER TABLE "claim_report_lines" ADD COLUMN "article_id" TEXT;
UPDATE claim_report_lines l SET article_id = c.article_id FROM claims c WHERE c.id = l.claim_id;
ALTER TABLE "claim_report_lines" ALTER COLUMN "article_id" SET NOT NULL;

CREATE INDEX "claim_report_lines_empty_idx" ON "claim_report_lines" ("article_id") WHERE head IS NULL;

CREATE OR REPLACE FUNCTION "claim_report_lines_from_claim_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO claim_report_lines (claim_id, article_id) SELECT id, article_id FROM new_claims
        ON CONFLICT (claim_id) DO NOTHING;
    RETURN NULL;
END
$$;

-- A claim moved to another article: its line (emptied by report_article_versions_from_claim)
-- is now one of the new article's empty lines.
CREATE FUNCTION "claim_report_lines_article_of_claim"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claim_report_lines SET article_id = NEW.article_id WHERE claim_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER "claim_report_lines_article_of_claim" AFTER UPDATE OF "article_id" ON "claims"
    FOR EACH ROW WHEN (OLD.article_id IS DISTINCT FROM NEW.article_id)
    EXECUTE FUNCTION "claim_report_lines_article_of_claim"();

CREATE TABLE "report_article_line_marks" (
    "article_id" TEXT NOT NULL,
    "context_key" TEXT NOT NULL,

    CONSTRAINT "report_article_line_marks_pkey" PRIMARY KEY ("article_id"),
    CONSTRAINT "report_article_line_marks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
