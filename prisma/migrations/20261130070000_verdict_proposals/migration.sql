-- Issue #10: an approved content verdict proposed for the other claims of its cluster
-- (lib/clusters/verdict-proposals.ts). A proposal changes nothing about the receiving claim: an
-- editor accepts it (it becomes their content verdict, which then goes through submit and the
-- four-eyes approval like any other) or discards it. Rows are kept after the decision, so the
-- approval can tell who proposed what (four-eyes) and the history stays complete.
CREATE TYPE "ProposalStatus" AS ENUM ('PROPOSED', 'ACCEPTED', 'DISCARDED');

CREATE TABLE "verdict_proposals" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "source_claim_id" TEXT NOT NULL,
    "proposed_by_id" TEXT NOT NULL,
    "verdict" "ContentVerdict" NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    -- the source claim's approved fingerprint: a proposal whose source was reopened or changed is stale
    "source_fingerprint" CHAR(64) NOT NULL,
    "approved_by_name" TEXT NOT NULL DEFAULT '',
    "status" "ProposalStatus" NOT NULL DEFAULT 'PROPOSED',
    "decided_by_id" TEXT,
    "decided_at" TIMESTAMPTZ(3),
    "review_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "verdict_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "verdict_proposals_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "verdict_proposals_source_claim_id_fkey" FOREIGN KEY ("source_claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "verdict_proposals_proposed_by_id_fkey" FOREIGN KEY ("proposed_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "verdict_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "verdict_proposals_not_self" CHECK ("claim_id" <> "source_claim_id")
);

-- At most one open proposal per claim: two editors proposing at once cannot stack proposals.
CREATE UNIQUE INDEX "verdict_proposals_open_key" ON "verdict_proposals" ("claim_id") WHERE "status" = 'PROPOSED';
CREATE INDEX "verdict_proposals_claim_id_created_at_idx" ON "verdict_proposals" ("claim_id", "created_at");
