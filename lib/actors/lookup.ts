// Finding a registry actor by the name an editor typed: canonical name or alias, ignoring case
// ("Verteidigungsministerium in Moskau" finds "Russisches Verteidigungsministerium"). A canonical
// name wins over another actor's alias of the same spelling.
import { Prisma } from "@/lib/generated/prisma/client";
import type { ActorKind, Party } from "@/lib/generated/prisma/enums";

export interface RegistryMatch {
  id: string;
  canonicalName: string;
  kind: ActorKind;
  party: Party;
  official: boolean;
  domains: string[];
}

type Db = Pick<Prisma.TransactionClient, "$queryRaw">;

export async function findActorByName(db: Db, name: string): Promise<RegistryMatch | null> {
  const wanted = name.trim();
  if (wanted === "") return null;
  const rows = await db.$queryRaw<RegistryMatch[]>(Prisma.sql`
    SELECT id, canonical_name AS "canonicalName", kind::text AS kind, party::text AS party, official, domains
      FROM actors
     WHERE lower(canonical_name) = lower(${wanted})
        OR EXISTS (SELECT 1 FROM unnest(aliases) AS alias WHERE lower(alias) = lower(${wanted}))
     ORDER BY (lower(canonical_name) = lower(${wanted})) DESC, canonical_name
     LIMIT 1`);
  return rows[0] ?? null;
}
