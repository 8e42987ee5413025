// Audit trail: one AuditEvent per change, written inside the caller's
// transaction so that the change and its record commit (or roll back) together.
import { Prisma } from "@/lib/generated/prisma/client";

export interface AuditUser {
  id: string;
}

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.InputJsonValue | null;
  after: Prisma.InputJsonValue | null;
}

/** JSON-safe copy (Dates to ISO strings, undefined dropped) for the before/after columns. */
export function auditJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(JSON.stringify(value ?? null)) as Prisma.InputJsonValue;
}

export async function writeAudit(tx: Prisma.TransactionClient, user: AuditUser, input: AuditInput) {
  return tx.auditEvent.create({
    data: {
      userId: user.id,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before === null ? Prisma.DbNull : input.before,
      after: input.after === null ? Prisma.DbNull : input.after,
    },
  });
}
