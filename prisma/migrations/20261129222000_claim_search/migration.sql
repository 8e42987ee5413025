-- Issue #12: full-text search over claims. A stored tsvector per claim (GIN-indexed) holds the
-- claim's fields, its article's title and outlet and a token for its numeric value; triggers keep
-- it current. The German configuration stems ("Drohne" finds "Drohnen"). Before stemming, both
-- document and query go through search_fold(): umlauts become ae/oe/ue and ß becomes ss, so
-- "Aerzte" finds "Ärzte" and "Strasse" finds "Straße" (the unaccent extension would turn ä into a,
-- which does not match the ae spelling, and is not on every managed server). lib/claims/search-query.ts
-- builds the queries with the same functions.

-- Lower case, umlauts and ß spelt out, other common Latin accents dropped. Upper-case umlauts are
-- replaced explicitly because lower() leaves non-ASCII letters alone under a C locale.
CREATE FUNCTION "search_fold"(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(
        lower(replace(replace(replace(replace(replace(replace(replace(replace(t,
            'Ä', 'ae'), 'ä', 'ae'), 'Ö', 'oe'), 'ö', 'oe'), 'Ü', 'ue'), 'ü', 'ue'), 'ẞ', 'ss'), 'ß', 'ss')),
        'àáâãåāçčćèéêëēėęìíîïīłñńòóôõøōšśùúûūÿýžźżÀÁÂÃÅĀÇČĆÈÉÊËĒĖĘÌÍÎÏĪŁÑŃÒÓÔÕØŌŠŚÙÚÛŪŸÝŽŹŻ',
        'aaaaaaccceeeeeeeiiiiilnnoooooossuuuuyyzzzaaaaaaccceeeeeeeiiiiilnnoooooossuuuuyyzzz');

-- One lexeme per numeric value, whatever the spelling in the text ("11.000", "11000", "elftausend"):
-- num11000, num1d5 for 1.5, numm5 for -5 (letters and digits only, so the parser keeps it whole).
CREATE FUNCTION "search_number_token"(v double precision) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN CASE WHEN v = 'NaN'::float8 OR v IN ('Infinity'::float8, '-Infinity'::float8) THEN ''
                ELSE 'num' || translate(trim_scale(v::numeric)::text, '.-', 'dm') END;

-- The claim's document. Weights rank the counted value and what it counts (A) over the source and
-- the sentence (B), the article title (C) and the outlet (D).
CREATE FUNCTION "claim_search_document"(
    sentence text, value_text text, value double precision, what text, source_text text, actor_name text,
    title text, outlet text
) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN setweight(to_tsvector('german', search_fold(coalesce(value_text, '') || ' ' || coalesce(what, ''))), 'A')
        || setweight(to_tsvector('simple', coalesce(search_number_token(value), '')), 'A')
        || setweight(to_tsvector('german', search_fold(coalesce(actor_name, '') || ' ' || coalesce(source_text, ''))), 'B')
        || setweight(to_tsvector('german', search_fold(coalesce(sentence, ''))), 'B')
        || setweight(to_tsvector('german', search_fold(coalesce(title, ''))), 'C')
        || setweight(to_tsvector('german', search_fold(coalesce(outlet, ''))), 'D');

ALTER TABLE "claims" ADD COLUMN "search_vector" tsvector;

-- Row level and BEFORE: the vector is part of the row being written, so no second write of the
-- row; the article's title and outlet are one primary-key probe (a batch of claims of one article
-- hits the same cached page). Only writes that touch a searched column fire it.
CREATE FUNCTION "claims_search_vector_set"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    article_title text;
    article_outlet text;
BEGIN
    SELECT a.title, a.outlet INTO article_title, article_outlet FROM articles a WHERE a.id = NEW.article_id;
    NEW.search_vector := claim_search_document(NEW.sentence, NEW.value_text, NEW.value, NEW.what,
        NEW.source_text, NEW.actor_name, article_title, article_outlet);
    RETURN NEW;
END
$$;

CREATE TRIGGER "claims_search_vector" BEFORE INSERT OR UPDATE OF
    "sentence", "value_text", "value", "what", "source_text", "actor_name", "article_id" ON "claims"
    FOR EACH ROW EXECUTE FUNCTION "claims_search_vector_set"();

-- An article's new title or outlet rewrites the vectors of its claims. Row level with a column
-- list and a WHEN condition: it fires only when title or outlet really changed (a statement-level
-- trigger would need transition tables, which PostgreSQL does not allow together with a column
-- list, and would then run for every article update); articles are edited one at a time anyway.
CREATE FUNCTION "articles_search_vector_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE claims c
       SET search_vector = claim_search_document(c.sentence, c.value_text, c.value, c.what, c.source_text,
           c.actor_name, NEW.title, NEW.outlet)
     WHERE c.article_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER "articles_search_vector" AFTER UPDATE OF "title", "outlet" ON "articles"
    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title OR OLD.outlet IS DISTINCT FROM NEW.outlet)
    EXECUTE FUNCTION "articles_search_vector_refresh"();

-- Existing claims, then the index (building it once is faster than maintaining it per row).
UPDATE "claims" c
   SET search_vector = claim_search_document(c.sentence, c.value_text, c.value, c.what, c.source_text,
       c.actor_name, a.title, a.outlet)
  FROM "articles" a
 WHERE a.id = c.article_id;

CREATE INDEX "claims_search_vector_idx" ON "claims" USING gin ("search_vector");

-- The article list's search over title and outlet (lib/articles/queries.ts uses the same expression).
CREATE INDEX "articles_search_idx" ON "articles"
    USING gin (to_tsvector('german', search_fold(title || ' ' || outlet)));
