-- Issue #10 "neu zu prüfen": an approved claim whose cluster received a newly ingested report with
-- a value beyond the agreement tolerance. A table of its own, so flagging never touches the claim
-- row (version, fingerprint, updated_at and the search trigger stay as they are); one row per claim,
-- the latest contradicting report wins.
CREATE TABLE "claim_rechecks" (
    "claim_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "flagged_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claim_rechecks_pkey" PRIMARY KEY ("claim_id"),
    CONSTRAINT "claim_rechecks_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "claim_rechecks_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "claim_rechecks_flagged_at_idx" ON "claim_rechecks" ("flagged_at" DESC);

-- Detaching a claim from its cluster is a correction (lib/clusters/detach.ts); the clustering
-- leaves claims with such a correction out (claim_corrections_claim_id_created_at_idx), so the
-- detachment survives a full recompute.
ALTER TYPE "CorrectionKind" ADD VALUE 'CLUSTER_DETACH';
