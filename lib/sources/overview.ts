// Everything /sources shows, loaded in one place: the actors in the chosen order with their
// recent claims and monthly counts, the parties, and the outlets' caveat hygiene.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { outletHygiene, type OutletHygiene } from "./hygiene";
import type { SourceOrder } from "./sort-input";
import {
  actorRecords,
  contradictionRules,
  monthlyCounts,
  partyRecords,
  recentClaims,
  type ActorRecord,
  type MonthCount,
  type PartyRecord,
  type RecentClaim,
} from "./track-record";

export interface ActorOverview extends ActorRecord {
  recent: RecentClaim[];
  months: MonthCount[];
}

export interface SourcesOverview {
  actors: ActorOverview[];
  /** Actors in all (the page shows at most MAX_ACTORS). */
  actorTotal: number;
  parties: PartyRecord[];
  outlets: OutletHygiene[];
}

export async function loadSourcesOverview(prisma: PrismaClient, order: SourceOrder): Promise<SourcesOverview> {
  const [settings, rules] = await Promise.all([loadNewsroomSettings(prisma), contradictionRules(prisma)]);
  const [{ actors, total }, parties, outlets] = await Promise.all([
    actorRecords(prisma, { ...order, rules }),
    partyRecords(prisma, rules),
    outletHygiene(prisma, settings),
  ]);
  const names = [...new Set(actors.map((actor) => actor.name))];
  const [recent, months] = await Promise.all([recentClaims(prisma, names), monthlyCounts(prisma, names)]);
  return {
    actors: actors.map((actor) => ({ ...actor, recent: recent.get(actor.name) ?? [], months: months.get(actor.name) ?? [] })),
    actorTotal: total,
    parties,
    outlets,
  };
}
