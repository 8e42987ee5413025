-- CreateEnum
CREATE TYPE "Role" AS ENUM ('EDITOR', 'APPROVER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Party" AS ENUM ('UA', 'RU', 'KP', 'US', 'NATO', 'EU', 'DE', 'OTHER', 'NONE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'BODY', 'MEDIA', 'AGENCY', 'GROUP', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ClaimStatus" AS ENUM ('OPEN', 'IN_REVIEW', 'SUBMITTED', 'APPROVED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ContentVerdict" AS ENUM ('VERIFIED', 'DISPUTED', 'UNVERIFIABLE');

-- CreateEnum
CREATE TYPE "AttributionVerdict" AS ENUM ('CONFIRMED', 'NOT_FOUND', 'MISATTRIBUTED');

-- CreateEnum
CREATE TYPE "ClaimOrigin" AS ENUM ('MACHINE', 'EDITOR');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('CONTENT', 'ATTRIBUTION');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'EDITOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "stand" TEXT,
    "text" TEXT NOT NULL,
    "text_sha256" CHAR(64) NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" TEXT NOT NULL,
    "canonical_name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "ActorKind" NOT NULL DEFAULT 'UNKNOWN',
    "party" "Party" NOT NULL DEFAULT 'OTHER',
    "official" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "claims" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sentence" TEXT NOT NULL,
    "value_text" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "qualifier" TEXT NOT NULL DEFAULT '',
    "total" DOUBLE PRECISION,
    "what" TEXT NOT NULL DEFAULT '',
    "source_text" TEXT NOT NULL DEFAULT '',
    "source_start" INTEGER,
    "source_end" INTEGER,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL DEFAULT '',
    "party" "Party" NOT NULL DEFAULT 'NONE',
    "official" BOOLEAN NOT NULL DEFAULT false,
    "caveat" BOOLEAN NOT NULL DEFAULT false,
    "explanation" TEXT NOT NULL DEFAULT '',
    "origin" "ClaimOrigin" NOT NULL DEFAULT 'MACHINE',
    "status" "ClaimStatus" NOT NULL DEFAULT 'OPEN',
    "content_verdict" "ContentVerdict",
    "attribution_verdict" "AttributionVerdict",
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "claims_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reviews" (
    "id" TEXT NOT NULL,
    "claim_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "verdict" TEXT NOT NULL,
    "rationale" TEXT NOT NULL,
    "evidence" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reviews_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "user_id" TEXT,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "articles_text_sha256_key" ON "articles"("text_sha256");

-- CreateIndex
CREATE INDEX "articles_created_at_id_idx" ON "articles"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "actors_canonical_name_key" ON "actors"("canonical_name");

-- CreateIndex
CREATE INDEX "claims_article_id_start_idx" ON "claims"("article_id", "start");

-- CreateIndex
CREATE INDEX "claims_created_at_id_idx" ON "claims"("created_at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "claims_status_idx" ON "claims"("status");

-- CreateIndex
CREATE INDEX "reviews_claim_id_created_at_idx" ON "reviews"("claim_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_created_at_idx" ON "audit_events"("entity_type", "entity_id", "created_at");

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "claims" ADD CONSTRAINT "claims_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_claim_id_fkey" FOREIGN KEY ("claim_id") REFERENCES "claims"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
