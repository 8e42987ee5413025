-- Issue #10: editors merge and split clusters (lib/clusters/edit.ts). Both make the clusters they
-- touch "manual": their claims are pinned to a manual group (claim_cluster_pins), which a full
-- recompute rebuilds as one cluster per group and key instead of applying the rules, and which an
-- incremental ingest never bridges into another cluster. claim_clusters.pin names the manual group of
-- a cluster (NULL = built by the rules); version guards editors' writes against stale pages.
ALTER TABLE "claim_clusters" ADD COLUMN "pin" TEXT,
                             ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;

-- One row per pinned claim. No foreign key, like claim_cluster_members: claims are never deleted.
CREATE TABLE "claim_cluster_pins" (
    "claim_id" TEXT NOT NULL,
    "pin" TEXT NOT NULL,
    CONSTRAINT "claim_cluster_pins_pkey" PRIMARY KEY ("claim_id")
);
CREATE INDEX "claim_cluster_pins_pin_idx" ON "claim_cluster_pins" ("pin");

-- The corrections that record a merge or split per claim (the pins are the state, these the history).
ALTER TYPE "CorrectionKind" ADD VALUE 'CLUSTER_MERGE';
ALTER TYPE "CorrectionKind" ADD VALUE 'CLUSTER_SPLIT';
