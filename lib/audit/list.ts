// The audit log for /admin/audit: newest first, keyset-paginated by seq (the chain order).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./filters";

export interface AuditRow {
  id: string;
  seq: string;
  createdAt: Date;
  userName: string | null;
  userEmail: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  rows: AuditRow[];
  /** Cursor of the next (older) page, or null on the last page. */
  nextBefore: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

async function whereOf(prisma: PrismaClient, filters: AuditFilters): Promise<Prisma.AuditEventWhereInput> {
  const and: Prisma.AuditEventWhereInput[] = [];
  if (filters.user) and.push({ OR: [{ userId: filters.user }, { user: { email: filters.user.toLowerCase() } }] });
  if (filters.action) and.push({ action: filters.action });
  if (filters.claim) and.push({ entityType: "Claim", entityId: filters.claim });
  if (filters.article) {
    // The article's own events and those of its claims.
    const claims = await prisma.claim.findMany({ where: { articleId: filters.article }, select: { id: true } });
    and.push({
      OR: [
        { entityType: "Article", entityId: filters.article },
        { entityType: "Claim", entityId: { in: claims.map((c) => c.id) } },
      ],
    });
  }
  if (filters.from) and.push({ createdAt: { gte: new Date(`${filters.from}T00:00:00Z`) } });
  if (filters.to) and.push({ createdAt: { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY_MS) } });
  if (filters.before) and.push({ seq: { lt: BigInt(filters.before) } });
  return { AND: and };
}

export async function listAuditEvents(prisma: PrismaClient, filters: AuditFilters): Promise<AuditPage> {
  const events = await prisma.auditEvent.findMany({
    where: await whereOf(prisma, filters),
    orderBy: { seq: "desc" },
    take: AUDIT_PAGE_SIZE + 1,
    include: { user: { select: { name: true, email: true } } },
  });
  const rows = events.slice(0, AUDIT_PAGE_SIZE).map((event) => ({
    id: event.id.toString(),
    seq: event.seq.toString(),
    createdAt: event.createdAt,
    userName: event.user?.name ?? null,
    userEmail: event.user?.email ?? null,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
  }));
  const nextBefore = events.length > AUDIT_PAGE_SIZE ? rows[rows.length - 1].seq : null;
  return { rows, nextBefore };
}

/** Users to pick from in the filter (all, also deactivated ones: the audit keeps them). */
export function listAuditUsers(prisma: PrismaClient) {
  return prisma.user.findMany({ select: { id: true, name: true, email: true, active: true }, orderBy: { name: "asc" } });
}
