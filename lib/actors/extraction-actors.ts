// The gazetteer the extraction works with: the built-in lexicon (lib/extraction/actors.ts) merged
// with the actor registry the admins maintain, so a new actor or alias applies to the next ingest
// and to "Attribution neu berechnen". The registry wins: its entry replaces a built-in one of the
// same name, and a name it claims (canonical or alias) is taken away from every built-in entry,
// so the matcher cannot attribute it to the old actor.
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_ACTORS } from "@/lib/extraction/actors";
import type { ActorEntry, ExtractionConfig } from "@/lib/extraction/types";
import { extractionConfig, loadNewsroomSettings } from "@/lib/settings/newsroom";

const key = (name: string) => name.trim().toLowerCase();

export function mergeRegistry(builtIn: readonly ActorEntry[], registry: readonly ActorEntry[]): ActorEntry[] {
  const claimed = new Set(registry.flatMap((entry) => [entry.canonicalName, ...entry.aliases].map(key)));
  const kept = builtIn
    .filter((entry) => !claimed.has(key(entry.canonicalName)))
    .map((entry) => ({ ...entry, aliases: entry.aliases.filter((alias) => !claimed.has(key(alias))) }));
  return [...kept, ...registry.map((entry) => ({ ...entry, aliases: [...entry.aliases] }))];
}

type Db = Pick<Prisma.TransactionClient, "actor" | "newsroomSettings">;

export async function registryEntries(db: Pick<Prisma.TransactionClient, "actor">): Promise<ActorEntry[]> {
  return db.actor.findMany({
    select: { canonicalName: true, aliases: true, kind: true, party: true, official: true },
    orderBy: { canonicalName: "asc" },
  });
}

/** Extraction configuration under the current settings (conflict parties, caveat) and registry. */
export async function loadExtractionConfig(db: Db): Promise<ExtractionConfig> {
  const [settings, registry] = await Promise.all([loadNewsroomSettings(db), registryEntries(db)]);
  return { ...extractionConfig(settings), actors: mergeRegistry(DEFAULT_ACTORS, registry) };
}
