-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('ACTOR', 'PARTY', 'NOT_A_CLAIM', 'ADDED_CLAIM');

-- AlterTable
ALTER TABLE "claims" ADD COLUMN     "machine" JSONB,
ADD COLUMN     "not_a_claim" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "reviews" ADD COLUMN     "correct_source" TEXT;

-- CreateTable
CREATE TABLE "claim_corrections" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "claim_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "claim_corrections_claim_id_created_at_idx" ON "claim_corrections"("claim_id", "created_at");

-- AddForeignKey
ALTER TABLE "claim_corrections" ADD CONSTRAINT "claim_corrections_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claim_corrections" ADD CONSTRAINT "claim_corrections_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
