-- Issue #9: immutable snapshots of final verification reports. Each snapshot keeps the bytes of
-- every format (generated once, at creation), their SHA-256 and the audit chain head at the
-- time of generation. Triggers reject UPDATE, DELETE and TRUNCATE (also for the owner); the app
-- role additionally lacks those rights (lib/db/roles.ts). The article is referenced by id only:
-- a foreign key with ON DELETE would have to change an immutable row.

-- CreateTable
CREATE TABLE "report_snapshots" (
    "id" TEXT NOT NULL,
    "scope" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "article_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "chain_head_seq" BIGINT NOT NULL,
    "chain_head_hash" CHAR(64) NOT NULL,
    "data_sha256" CHAR(64) NOT NULL,
    "claim_count" INTEGER NOT NULL,

    CONSTRAINT "report_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_snapshot_files" (
    "snapshot_id" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "media_type" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "size" INTEGER NOT NULL,

    CONSTRAINT "report_snapshot_files_pkey" PRIMARY KEY ("snapshot_id","format")
);

-- CreateIndex
CREATE INDEX "report_snapshots_created_at_id_idx" ON "report_snapshots"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "report_snapshots_article_id_idx" ON "report_snapshots"("article_id");

-- CreateIndex
CREATE INDEX "report_snapshot_files_sha256_idx" ON "report_snapshot_files"("sha256");

-- AddForeignKey
ALTER TABLE "report_snapshots" ADD CONSTRAINT "report_snapshots_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "report_snapshot_files" ADD CONSTRAINT "report_snapshot_files_snapshot_id_fkey" FOREIGN KEY ("snapshot_id") REFERENCES "report_snapshots"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

CREATE FUNCTION report_snapshots_reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% ist unveränderlich: % ist nicht erlaubt', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER report_snapshots_immutable BEFORE UPDATE OR DELETE ON "report_snapshots"
    FOR EACH ROW EXECUTE FUNCTION report_snapshots_reject_change();
CREATE TRIGGER report_snapshots_no_truncate BEFORE TRUNCATE ON "report_snapshots"
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_reject_change();
CREATE TRIGGER report_snapshot_files_immutable BEFORE UPDATE OR DELETE ON "report_snapshot_files"
    FOR EACH ROW EXECUTE FUNCTION report_snapshots_reject_change();
CREATE TRIGGER report_snapshot_files_no_truncate BEFORE TRUNCATE ON "report_snapshot_files"
    FOR EACH STATEMENT EXECUTE FUNCTION report_snapshots_reject_change();
