-- CreateIndex
CREATE INDEX "claims_content_verdict_created_at_id_idx" ON "claims"("content_verdict", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_party_created_at_id_idx" ON "claims"("party", "created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_queue_counts_idx" ON "claims"("not_a_claim", "party", "caveat", "content_verdict", "attribution_verdict");
