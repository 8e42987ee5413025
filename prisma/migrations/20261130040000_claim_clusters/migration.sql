-- Issue #10: the event and counted thing of a claim (lib/extraction/events.ts) and clusters of claims
-- across articles that state the same quantity of the same thing and event (lib/clusters/).
-- NULL in the three claim columns: stored before this migration, never computed ("" = computed, none
-- found); ingest and "Attribution neu berechnen" fill them.
ALTER TABLE "claims" ADD COLUMN "event" TEXT,
                     ADD COLUMN "thing_lemma" TEXT,
                     ADD COLUMN "thing_attribute" TEXT;

CREATE INDEX "claims_event_thing_idx" ON "claims" ("event", "thing_lemma", "thing_attribute");

-- One cluster: its key and the range of values and publication dates of its members (kept by
-- lib/clusters so that an ingest finds the clusters a new claim joins without reading their claims).
CREATE TABLE "claim_clusters" (
    "id" SERIAL NOT NULL,
    "event" TEXT NOT NULL,
    "thing_lemma" TEXT NOT NULL,
    "thing_attribute" TEXT NOT NULL,
    "min_value" DOUBLE PRECISION NOT NULL,
    "max_value" DOUBLE PRECISION NOT NULL,
    "first_at" TIMESTAMPTZ(3),
    "last_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "claim_clusters_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "claim_clusters_key_idx" ON "claim_clusters" ("event", "thing_lemma", "thing_attribute", "min_value");

-- Membership in its own table: recomputing clusters never rewrites the (wide, triggered) claims rows.
-- No foreign keys on purpose: a full recompute rewrites every row, and the per-row checks of two
-- foreign keys took most of its time (bench:clusters). Claims are never deleted (an editor marks
-- "keine Behauptung"); lib/clusters writes members and clusters together under one advisory lock and
-- every reader joins claims and claim_clusters, so a stale row would only be skipped.
CREATE TABLE "claim_cluster_members" (
    "claim_id" TEXT NOT NULL,
    "cluster_id" INTEGER NOT NULL,
    CONSTRAINT "claim_cluster_members_pkey" PRIMARY KEY ("claim_id")
);
CREATE INDEX "claim_cluster_members_cluster_id_idx" ON "claim_cluster_members" ("cluster_id");
