// The actor registry (table actors): the names, aliases, kind, party, official flag and web
// domains that editors' source corrections look up (lib/claims/corrections.ts), that ingest and
// "Attribution neu berechnen" hand to the extraction (lib/actors/extraction-actors.ts), and whose
// domains decide which evidence is not independent (lib/reviews/independence.ts). Admins add and edit entries;
// the canonical name is fixed once created, because ingest links claims to actors by it.
// Every change is audited.
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { ActorKind, Party } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createActorSchema, updateActorSchema } from "./schemas";

export interface RegistryManager {
  id: string;
  role: Role;
}

export interface RegistryActor {
  id: string;
  canonicalName: string;
  aliases: string[];
  kind: ActorKind;
  party: Party;
  official: boolean;
  domains: string[];
  /** Optimistic locking: an edit names the version it started from. */
  version: number;
}

const NAME_TAKEN = "Einen Akteur mit diesem Namen gibt es schon. Bitte den vorhandenen Eintrag bearbeiten.";
const ACTOR_NOT_FOUND = "Diesen Akteur gibt es nicht (mehr).";
const CHANGED_MEANWHILE =
  "Der Akteur wurde inzwischen von jemand anderem geändert. Bitte neu laden und die Änderung erneut eintragen.";

const SELECT = {
  id: true,
  canonicalName: true,
  aliases: true,
  kind: true,
  party: true,
  official: true,
  domains: true,
  version: true,
} as const;

function requireManager(actor: RegistryManager): void {
  if (!can(actor.role, "actor:manage")) throw new PermissionError();
}

export async function listRegistry(prisma: PrismaClient, actor: RegistryManager): Promise<RegistryActor[]> {
  requireManager(actor);
  return prisma.actor.findMany({ select: SELECT, orderBy: { canonicalName: "asc" } });
}

/** input: {canonicalName, aliases (one per line), kind, party, official, domains (one per line)}. */
export async function createActor(prisma: PrismaClient, user: RegistryManager, input: unknown): Promise<RegistryActor> {
  requireManager(user);
  const values = parseInput(createActorSchema, input);
  return prisma.$transaction(async (tx) => {
    const taken = await tx.actor.findFirst({
      where: { canonicalName: { equals: values.canonicalName, mode: "insensitive" } },
      select: { id: true },
    });
    if (taken) throw new DomainError("DUPLICATE", NAME_TAKEN, undefined, { canonicalName: NAME_TAKEN });
    // skipDuplicates: a concurrent insert of the same name is a DUPLICATE too, not a 500.
    const created = await tx.actor.createManyAndReturn({ data: values, skipDuplicates: true, select: SELECT });
    if (created.length === 0) throw new DomainError("DUPLICATE", NAME_TAKEN, undefined, { canonicalName: NAME_TAKEN });
    await writeAudit(tx, user, {
      action: "actor.created",
      entityType: "Actor",
      entityId: created[0].id,
      before: null,
      after: auditJson(values),
    });
    return created[0];
  });
}

/** input: {actorId, aliases, kind, party, official, domains, version: the version the admin edited}. */
export async function updateActor(prisma: PrismaClient, user: RegistryManager, input: unknown): Promise<RegistryActor> {
  requireManager(user);
  // The schema has no name field: the name is fixed (ingest and corrections link claims by it).
  const { actorId, version, ...values } = parseInput(updateActorSchema, input);
  return prisma.$transaction(async (tx) => {
    const current = await tx.actor.findUnique({ where: { id: actorId }, select: SELECT });
    if (!current) throw new DomainError("NOT_FOUND", ACTOR_NOT_FOUND);
    // Guarded in the write: only if nobody saved the entry since the admin opened it.
    const { count } = await tx.actor.updateMany({
      where: { id: actorId, version },
      data: { ...values, version: { increment: 1 } },
    });
    if (count === 0) throw new DomainError("CONFLICT", CHANGED_MEANWHILE);
    const updated = await tx.actor.findUniqueOrThrow({ where: { id: actorId }, select: SELECT });
    await writeAudit(tx, user, {
      action: "actor.updated",
      entityType: "Actor",
      entityId: actorId,
      before: auditJson(current),
      after: auditJson(updated),
    });
    return updated;
  });
}

/** One entry by id (from the page's path), or null. */
export async function findRegistryActor(
  prisma: PrismaClient,
  user: RegistryManager,
  actorId: string,
): Promise<RegistryActor | null> {
  requireManager(user);
  // Ids are cuids: anything else names no entry (and never reaches the database).
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(actorId)) return null;
  return prisma.actor.findUnique({ where: { id: actorId }, select: SELECT });
}
