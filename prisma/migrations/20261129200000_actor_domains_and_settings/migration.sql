-- Issue #8: web domains in the actor registry (evidence from an actor's own channels is not
-- independent), a version for optimistic locking of registry edits, and the newsroom's
-- settings in the database (conflict parties, caveat text, newsroom name; until an admin
-- saves them the environment variables and built-in defaults apply).

-- AlterTable (Prisma creates scalar lists as nullable columns)
ALTER TABLE "actors" ADD COLUMN "domains" TEXT[] DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "actors" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "newsroom_settings" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "newsroom_name" TEXT NOT NULL DEFAULT '',
    "conflict_parties" "Party"[] DEFAULT ARRAY['RU', 'UA']::"Party"[],
    "caveat_text" TEXT NOT NULL DEFAULT '',
    "statement_templates" JSONB NOT NULL DEFAULT '{}',
    "version" INTEGER NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "newsroom_settings_pkey" PRIMARY KEY ("id"),
    -- A single row: the key can only be true.
    CONSTRAINT "newsroom_settings_single_row" CHECK ("id")
);
