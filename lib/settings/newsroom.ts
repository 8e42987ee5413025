// The newsroom's settings as the app uses them: the single newsroom_settings row once an admin
// has saved it, before that the environment (QUELLENLAGE_CONFLICT_PARTIES,
// QUELLENLAGE_CAVEAT_TEXT) and the built-in defaults. Read per request, so a change applies
// to the next ingest, verdict and report without a restart.
import { newsroomConfig } from "@/lib/config/newsroom";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Party } from "@/lib/generated/prisma/enums";
import type { ExtractionConfig } from "@/lib/extraction/types";

/** Shown in reports until the admin names the newsroom. */
export const DEFAULT_NEWSROOM_NAME = "Redaktion";

export interface NewsroomSettings {
  newsroomName: string;
  conflictParties: Party[];
  caveatText: string;
  /** Report sentence templates ("Textbausteine") by key; empty until set. */
  statementTemplates: Record<string, string>;
  /** Version of the stored row (0 when nothing is stored yet), for optimistic locking. */
  version: number;
  /** false while the environment/defaults apply. */
  stored: boolean;
}

type SettingsReader = Pick<Prisma.TransactionClient, "newsroomSettings">;

function templatesOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export async function loadNewsroomSettings(db: SettingsReader): Promise<NewsroomSettings> {
  // findFirst, not findUnique: Prisma batches concurrent findUnique calls into one `id IN (…)`
  // query, which it cannot build for a Boolean key ("Unknown argument `in`") – two ingests at once failed.
  const row = await db.newsroomSettings.findFirst({ where: { id: true } });
  const fallback = newsroomConfig();
  if (!row) {
    return {
      newsroomName: DEFAULT_NEWSROOM_NAME,
      conflictParties: fallback.conflictParties,
      caveatText: fallback.caveatText,
      statementTemplates: {},
      version: 0,
      stored: false,
    };
  }
  return {
    newsroomName: row.newsroomName || DEFAULT_NEWSROOM_NAME,
    conflictParties: row.conflictParties,
    caveatText: row.caveatText || fallback.caveatText,
    statementTemplates: templatesOf(row.statementTemplates),
    version: row.version,
    stored: true,
  };
}

/** The extraction's configuration under these settings. */
export function extractionConfig(settings: NewsroomSettings): ExtractionConfig {
  return { ...newsroomConfig(), conflictParties: settings.conflictParties, caveatText: settings.caveatText };
}
