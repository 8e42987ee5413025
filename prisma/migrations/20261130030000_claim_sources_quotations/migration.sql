-- Issue #11: several sources per claim and the quotations of an article.
--
-- claim_sources: every source a claim is attributed to, in the order the text names them
-- ("nach Angaben der US-Regierung und der Ukraine" → two rows). Position 0 is the claim's own
-- actor/party/official (claims.actor_*), which stay as they are for the queue's indexes; the
-- application writes the list in the same transaction as the claim (ingest, "Attribution neu
-- berechnen", corrections). actor_id: the registry entry when the name resolves, else NULL and
-- the name as written in actor_name.
CREATE TABLE "claim_sources" (
    "claim_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "party" "Party" NOT NULL,
    "official" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "claim_sources_pkey" PRIMARY KEY ("claim_id", "position"),
    CONSTRAINT "claim_sources_position_check" CHECK ("position" >= 0)
);

ALTER TABLE "claim_sources" ADD CONSTRAINT "claim_sources_claim_id_fkey"
    FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "claim_sources" ADD CONSTRAINT "claim_sources_actor_id_fkey"
    FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The queue's party filter matches any source: position 0 through claims.party (and its indexes),
-- the further sources – few – through this partial index.
CREATE INDEX "claim_sources_co_party_idx" ON "claim_sources"("party", "claim_id") WHERE "position" > 0;
CREATE INDEX "claim_sources_actor_id_idx" ON "claim_sources"("actor_id");

-- Existing claims: their one source as it stands now (the newsroom's own figures have none).
INSERT INTO "claim_sources" ("claim_id", "position", "actor_id", "actor_name", "party", "official")
SELECT "id", 0, "actor_id", "actor_name", "party", "official"
  FROM "claims"
 WHERE "actor_name" <> '' OR "actor_id" IS NOT NULL OR "party" <> 'NONE';

-- quotations: every quotation the engine found in an article (ExtractedQuote), in text order.
-- Offsets are UTF-16 offsets into articles.text like the claims'; a quotation without a cue
-- (free indirect speech) or without a named speaker has NULL spans.
CREATE TYPE "QuoteType" AS ENUM ('direct', 'indirect', 'free_indirect', 'reported');

CREATE TABLE "quotations" (
    "article_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "type" "QuoteType" NOT NULL,
    "cue_start" INTEGER,
    "cue_end" INTEGER,
    "cue_text" TEXT NOT NULL DEFAULT '',
    "speaker_start" INTEGER,
    "speaker_end" INTEGER,
    "speaker_text" TEXT,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL DEFAULT '',
    "party" "Party" NOT NULL DEFAULT 'NONE',

    CONSTRAINT "quotations_pkey" PRIMARY KEY ("article_id", "position")
);

ALTER TABLE "quotations" ADD CONSTRAINT "quotations_article_id_fkey"
    FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "quotations" ADD CONSTRAINT "quotations_actor_id_fkey"
    FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE INDEX "quotations_actor_id_idx" ON "quotations"("actor_id");
