// User administration (the admin UI of issue #8 builds on these): password reset, role change
// and (de)activation. Each ends the user's sessions in the same transaction as the change, so a
// copied or still-open session cannot outlive it, and writes an audit event.
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { PermissionError } from "@/lib/auth/session-errors";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { changeRoleSchema, resetPasswordSchema, setActiveSchema } from "./schemas";

export interface UserManager {
  id: string;
  role: Role;
}

export interface UserChangeResult {
  userId: string;
  /** Live sessions of the user that the change ended. */
  endedSessions: number;
}

const USER_NOT_FOUND = "Diesen Benutzer gibt es nicht (mehr).";
const CHANGED_MEANWHILE = "Der Benutzer wurde inzwischen von jemand anderem geändert. Bitte neu laden und erneut versuchen.";

function requireManager(actor: UserManager): void {
  if (!can(actor.role, "user:manage")) throw new PermissionError();
}

async function loadUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user) throw new DomainError("NOT_FOUND", USER_NOT_FOUND);
  return user;
}

/** input: {userId, password}. Sets a new password and ends all of the user's sessions. */
export async function resetPassword(prisma: PrismaClient, actor: UserManager, input: unknown): Promise<UserChangeResult> {
  requireManager(actor);
  const values = parseInput(resetPasswordSchema, input);
  // Argon2 takes a while: hash before the transaction, not while holding row locks.
  const passwordHash = await hashPassword(values.password);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: values.userId }, data: { passwordHash } });
    if (count === 0) throw new DomainError("NOT_FOUND", USER_NOT_FOUND);
    const endedSessions = await revokeUserSessions(tx, values.userId, "PASSWORD_RESET");
    await writeAudit(tx, actor, {
      action: "user.password_reset",
      entityType: "User",
      entityId: values.userId,
      before: null,
      after: auditJson({ passwordReset: true, endedSessions }),
    });
    return { userId: values.userId, endedSessions };
  });
}

/** input: {userId, role}. A new role ends the user's sessions (they log in again with the new rights). */
export async function changeRole(prisma: PrismaClient, actor: UserManager, input: unknown): Promise<UserChangeResult> {
  requireManager(actor);
  const values = parseInput(changeRoleSchema, input);
  if (values.userId === actor.id && values.role !== "ADMIN") {
    throw new DomainError("VALIDATION", "Die eigene Administrationsrolle kann nicht selbst entzogen werden.", undefined, {
      role: "Die eigene Administrationsrolle kann nicht selbst entzogen werden.",
    });
  }
  return prisma.$transaction(async (tx) => {
    const user = await loadUser(tx, values.userId);
    if (user.role === values.role) return { userId: user.id, endedSessions: 0 };
    // Guarded in the write: only if nobody changed the role since we read it.
    const { count } = await tx.user.updateMany({ where: { id: user.id, role: user.role }, data: { role: values.role } });
    if (count === 0) throw new DomainError("CONFLICT", CHANGED_MEANWHILE);
    const endedSessions = await revokeUserSessions(tx, user.id, "ROLE_CHANGED");
    await writeAudit(tx, actor, {
      action: "user.role_changed",
      entityType: "User",
      entityId: user.id,
      before: auditJson({ role: user.role }),
      after: auditJson({ role: values.role, endedSessions }),
    });
    return { userId: user.id, endedSessions };
  });
}

/** input: {userId, active}. Deactivation ends all of the user's sessions; reactivation starts none. */
export async function setActive(prisma: PrismaClient, actor: UserManager, input: unknown): Promise<UserChangeResult> {
  requireManager(actor);
  const values = parseInput(setActiveSchema, input);
  if (values.userId === actor.id && !values.active) {
    throw new DomainError("VALIDATION", "Das eigene Konto kann nicht selbst deaktiviert werden.", undefined, {
      active: "Das eigene Konto kann nicht selbst deaktiviert werden.",
    });
  }
  return prisma.$transaction(async (tx) => {
    const user = await loadUser(tx, values.userId);
    if (user.active === values.active) return { userId: user.id, endedSessions: 0 };
    const { count } = await tx.user.updateMany({
      where: { id: user.id, active: user.active },
      data: { active: values.active },
    });
    if (count === 0) throw new DomainError("CONFLICT", CHANGED_MEANWHILE);
    const endedSessions = values.active ? 0 : await revokeUserSessions(tx, user.id, "DEACTIVATED");
    await writeAudit(tx, actor, {
      action: values.active ? "user.activated" : "user.deactivated",
      entityType: "User",
      entityId: user.id,
      before: auditJson({ active: user.active }),
      after: auditJson({ active: values.active, endedSessions }),
    });
    return { userId: user.id, endedSessions };
  });
}
