// User administration (/admin/users): list, create, password reset, role change and
// (de)activation. Users are never deleted: the audit keeps who did what. Reset, role change and
// deactivation end the user's sessions in the same transaction as the change, so a copied or
// still-open session cannot outlive it; every change writes an audit event.
import { randomInt } from "node:crypto";
import { auditJson, writeAudit } from "@/lib/audit/audit";
import { can, type Role } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/auth/password";
import { PermissionError } from "@/lib/auth/session-errors";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { parseInput } from "@/lib/claims/validate";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { changeRoleSchema, createUserSchema, resetPasswordSchema, setActiveSchema } from "./schemas";

export interface UserManager {
  id: string;
  role: Role;
}

export interface UserChangeResult {
  userId: string;
  /** Live sessions of the user that the change ended. */
  endedSessions: number;
  /** Set when Quellenlage generated the password: shown to the admin once, never stored in clear. */
  generatedPassword?: string;
}

export interface UserListEntry {
  id: string;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  createdAt: Date;
  /** Start of the user's most recent session, null if they never logged in. */
  lastLoginAt: Date | null;
}

const USER_NOT_FOUND = "Diesen Benutzer gibt es nicht (mehr).";
const LAST_ADMIN =
  "Das ist das letzte aktive Administrationskonto. Bitte zuerst einem anderen Konto die Rolle Administration geben.";
const EMAIL_TAKEN = "Diese E-Mail-Adresse hat bereits ein Konto (auch deaktivierte Konten bleiben bestehen).";
const CHANGED_MEANWHILE = "Der Benutzer wurde inzwischen von jemand anderem geändert. Bitte neu laden und erneut versuchen.";

function requireManager(actor: UserManager): void {
  if (!can(actor.role, "user:manage")) throw new PermissionError();
}

async function loadUser(tx: Prisma.TransactionClient, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, active: true } });
  if (!user) throw new DomainError("NOT_FOUND", USER_NOT_FOUND);
  return user;
}

// Without look-alikes (0/O, 1/l/I) so that a password read off the screen is typed right.
const PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const GENERATED_GROUPS = 4;
const GROUP_LENGTH = 5;

/** 20 random characters (~116 bits) in groups of five, e.g. "k7Qmz-R2aHt-…". */
export function generatePassword(): string {
  const groups = Array.from({ length: GENERATED_GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}

/** The admin's password, or a generated one that the result carries back once. */
function chosenPassword(given: string | undefined): { password: string; generated: boolean } {
  return given ? { password: given, generated: false } : { password: generatePassword(), generated: true };
}

/**
 * Refuses to take the ADMIN role or the active flag away from the last active admin. Locks the
 * active admins' rows first, so two admins demoting each other at the same time cannot both pass.
 */
async function keepOneActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE`;
  if (admins.some((admin) => admin.id === userId) && admins.length <= 1) {
    throw new DomainError("CONFLICT", LAST_ADMIN);
  }
}

/** All users, active first, then by name; with the time of their last login. */
export async function listUsers(prisma: PrismaClient, actor: UserManager): Promise<UserListEntry[]> {
  requireManager(actor);
  const [users, lastLogins] = await Promise.all([
    prisma.user.findMany({
      select: { id: true, name: true, email: true, role: true, active: true, createdAt: true },
      orderBy: [{ active: "desc" }, { name: "asc" }, { email: "asc" }],
    }),
    prisma.userSession.groupBy({ by: ["userId"], _max: { createdAt: true } }),
  ]);
  const lastLoginOf = new Map(lastLogins.map((row) => [row.userId, row._max.createdAt]));
  return users.map((user) => ({ ...user, lastLoginAt: lastLoginOf.get(user.id) ?? null }));
}

/** input: {name, email, role, password?}. Without a password one is generated and returned once. */
export async function createUser(prisma: PrismaClient, actor: UserManager, input: unknown): Promise<UserChangeResult> {
  requireManager(actor);
  const values = parseInput(createUserSchema, input);
  const email = values.email.toLowerCase();
  const { password, generated } = chosenPassword(values.password);
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const created = await tx.user.createManyAndReturn({
      data: { name: values.name, email, role: values.role, passwordHash },
      skipDuplicates: true,
      select: { id: true },
    });
    if (created.length === 0) throw new DomainError("DUPLICATE", EMAIL_TAKEN, undefined, { email: EMAIL_TAKEN });
    const userId = created[0].id;
    await writeAudit(tx, actor, {
      action: "user.created",
      entityType: "User",
      entityId: userId,
      before: null,
      after: auditJson({ name: values.name, email, role: values.role, active: true, passwordGenerated: generated }),
    });
    return { userId, endedSessions: 0, ...(generated ? { generatedPassword: password } : {}) };
  });
}

/** input: {userId, password?}. Sets a new password (generated when empty) and ends all of the user's sessions. */
export async function resetPassword(prisma: PrismaClient, actor: UserManager, input: unknown): Promise<UserChangeResult> {
  requireManager(actor);
  const values = parseInput(resetPasswordSchema, input);
  const { password, generated } = chosenPassword(values.password);
  // Argon2 takes a while: hash before the transaction, not while holding row locks.
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: values.userId }, data: { passwordHash } });
    if (count === 0) throw new DomainError("NOT_FOUND", USER_NOT_FOUND);
    const endedSessions = await revokeUserSessions(tx, values.userId, "PASSWORD_RESET");
    await writeAudit(tx, actor, {
      action: "user.password_reset",
      entityType: "User",
      entityId: values.userId,
      before: null,
      after: auditJson({ passwordReset: true, passwordGenerated: generated, endedSessions }),
    });
    return { userId: values.userId, endedSessions, ...(generated ? { generatedPassword: password } : {}) };
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
    if (user.role === "ADMIN") await keepOneActiveAdmin(tx, user.id);
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
    if (!values.active && user.role === "ADMIN") await keepOneActiveAdmin(tx, user.id);
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
