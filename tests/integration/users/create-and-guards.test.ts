// /admin/users domain: creating users (password set by the admin or generated and returned once,
// only hashed in the database), the list with last logins, resetting to a generated password,
// and the last active admin, who can be neither demoted nor deactivated – also not by two
// admins demoting each other at the same moment.
import { Client } from "pg";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { createSession } from "@/lib/auth/sessions";
import { DomainError } from "@/lib/errors";
import { changeRole, createUser, listUsers, resetPassword, setActive } from "@/lib/users/admin";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const PASSWORD = "altes-Passwort-1";

async function insertUser(email: string, role: Role = "EDITOR", active = true): Promise<{ id: string; role: Role }> {
  const user = await db.prisma.user.create({
    data: { email, name: email, role, active, passwordHash: await hashPassword(PASSWORD) },
  });
  return { id: user.id, role };
}

async function failure(promise: Promise<unknown>): Promise<{ code: string; fieldErrors?: Record<string, string> }> {
  try {
    await promise;
    return { code: "kein Fehler" };
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fieldErrors: error.fieldErrors };
    if (error instanceof PermissionError) return { code: "FORBIDDEN" };
    throw error;
  }
}

let admin: { id: string; role: Role };

beforeAll(async () => {
  admin = await insertUser("admin@example.org", "ADMIN");
});

test("an admin creates a user with a password of their own; it is stored hashed and audited", async () => {
  const result = await createUser(db.prisma, admin, {
    name: "Erika Redakteurin",
    email: "  Erika@Example.org ",
    role: "EDITOR",
    password: "selbst-gewaehlt-1",
  });
  expect(result.generatedPassword).toBeUndefined();
  const stored = await db.prisma.user.findUniqueOrThrow({ where: { id: result.userId } });
  expect(stored).toMatchObject({ email: "erika@example.org", name: "Erika Redakteurin", role: "EDITOR", active: true });
  expect(stored.passwordHash).not.toContain("selbst-gewaehlt-1");
  await expect(authenticate(db.prisma, { email: "erika@example.org", password: "selbst-gewaehlt-1" })).resolves.toMatchObject({
    id: result.userId,
  });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: result.userId, action: "user.created" } });
  expect(audit.userId).toBe(admin.id);
  expect(JSON.stringify(audit.after)).not.toContain("selbst-gewaehlt-1");
});

test("without a password one of at least 12 characters is generated, returned once and works", async () => {
  const result = await createUser(db.prisma, admin, {
    name: "Generiert",
    email: "gen@example.org",
    role: "APPROVER",
    password: "",
  });
  expect(result.generatedPassword).toEqual(expect.any(String));
  expect(result.generatedPassword!.length).toBeGreaterThanOrEqual(12);
  await expect(authenticate(db.prisma, { email: "gen@example.org", password: result.generatedPassword! })).resolves.toMatchObject(
    {
      role: "APPROVER",
    },
  );
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: result.userId, action: "user.created" } });
  expect(JSON.stringify([audit.before, audit.after])).not.toContain(result.generatedPassword!);
});

test("creating: short passwords, bad e-mail, unknown role and a taken e-mail are refused with field messages", async () => {
  const base = { name: "Kurz", email: "kurz@example.org", role: "EDITOR" };
  expect(await failure(createUser(db.prisma, admin, { ...base, password: "elf-Zeichen" }))).toEqual({
    code: "VALIDATION",
    fieldErrors: { password: expect.stringMatching(/mindestens 12 Zeichen/) },
  });
  expect((await failure(createUser(db.prisma, admin, { ...base, email: "keine-adresse" }))).fieldErrors).toHaveProperty("email");
  expect((await failure(createUser(db.prisma, admin, { ...base, role: "KOENIG" }))).fieldErrors).toHaveProperty("role");
  expect((await failure(createUser(db.prisma, admin, { ...base, name: "\u200b" }))).fieldErrors).toHaveProperty("name");
  await insertUser("vergeben@example.org", "EDITOR", false);
  expect(await failure(createUser(db.prisma, admin, { ...base, email: "VERGEBEN@example.org" }))).toEqual({
    code: "DUPLICATE",
    fieldErrors: { email: expect.stringMatching(/bereits ein Konto/) },
  });
  expect(await db.prisma.user.count({ where: { email: "kurz@example.org" } })).toBe(0);
});

test("only admins create or list users", async () => {
  for (const role of ["EDITOR", "APPROVER"] as const) {
    const actor = await insertUser(`${role.toLowerCase()}-liste@example.org`, role);
    expect((await failure(createUser(db.prisma, actor, { name: "X", email: "x@example.org", role: "ADMIN" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await failure(listUsers(db.prisma, actor))).code).toBe("FORBIDDEN");
  }
  expect(await db.prisma.user.count({ where: { email: "x@example.org" } })).toBe(0);
});

test("the list shows every user, active first, with the last login", async () => {
  const inactive = await insertUser("inaktiv-liste@example.org", "EDITOR", false);
  const origin = { address: "192.0.2.1", userAgent: "" };
  await createSession(db.prisma, admin.id, origin);
  const users = await listUsers(db.prisma, admin);
  const emails = users.map((user) => user.email);
  expect(emails).toContain("inaktiv-liste@example.org");
  expect(users.findIndex((user) => !user.active)).toBeGreaterThan(users.findLastIndex((user) => user.active));
  expect(users.find((user) => user.id === admin.id)?.lastLoginAt).toBeInstanceOf(Date);
  expect(users.find((user) => user.id === inactive.id)?.lastLoginAt).toBeNull();
});

test("a reset without a password generates one, returned once; the old one stops working", async () => {
  const user = await insertUser("neu-setzen@example.org");
  const result = await resetPassword(db.prisma, admin, { userId: user.id, password: "" });
  expect(result.generatedPassword!.length).toBeGreaterThanOrEqual(12);
  await expect(authenticate(db.prisma, { email: "neu-setzen@example.org", password: PASSWORD })).resolves.toBeNull();
  await expect(
    authenticate(db.prisma, { email: "neu-setzen@example.org", password: result.generatedPassword! }),
  ).resolves.not.toBeNull();
});

test("the last active admin can be neither demoted nor deactivated", async () => {
  // Another admin's call as the domain sees it (e.g. a session of an admin deactivated meanwhile).
  const formerAdmin = { id: (await insertUser("ehemals@example.org", "EDITOR")).id, role: "ADMIN" as const };
  expect(await failure(changeRole(db.prisma, formerAdmin, { userId: admin.id, role: "EDITOR" }))).toMatchObject({
    code: "CONFLICT",
  });
  expect(await failure(setActive(db.prisma, formerAdmin, { userId: admin.id, active: false }))).toMatchObject({
    code: "CONFLICT",
  });
  await expect(db.prisma.user.findUniqueOrThrow({ where: { id: admin.id } })).resolves.toMatchObject({
    role: "ADMIN",
    active: true,
  });
});

test("two admins demoting each other at the same time: exactly one succeeds, one admin remains", async () => {
  const first = await insertUser("erste@example.org", "ADMIN");
  const second = await insertUser("zweite@example.org", "ADMIN");
  // Only these two count: the suite's own admin steps aside first.
  await db.prisma.user.update({ where: { id: admin.id }, data: { active: false } });
  try {
    // A third transaction holds both rows, so both calls are surely under way at once when it ends.
    const blocker = new Client({ connectionString: db.url });
    await blocker.connect();
    await blocker.query("BEGIN");
    await blocker.query("SELECT id FROM users WHERE id = ANY($1) FOR UPDATE", [[first.id, second.id]]);
    const racing = Promise.allSettled([
      changeRole(db.prisma, first, { userId: second.id, role: "EDITOR" }),
      setActive(db.prisma, second, { userId: first.id, active: false }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await blocker.query("COMMIT");
    await blocker.end();
    const outcomes = await racing;
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const remaining = await db.prisma.user.count({ where: { role: "ADMIN", active: true } });
    expect(remaining).toBe(1);
  } finally {
    await db.prisma.user.update({ where: { id: admin.id }, data: { active: true } });
  }
});
