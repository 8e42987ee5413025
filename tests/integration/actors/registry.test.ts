// The actor registry: admins add and edit actors (aliases one per line, kind, party, official);
// names are unique case-insensitively; an edit over a change made meanwhile is a CONFLICT; every
// change is audited; editors and approvers may not touch it.
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/auth/permissions";
import { PermissionError } from "@/lib/auth/session-errors";
import { createActor, listRegistry, updateActor } from "@/lib/actors/registry";
import { DomainError } from "@/lib/errors";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let admin: { id: string; role: Role };

async function insertUser(email: string, role: Role): Promise<{ id: string; role: Role }> {
  const user = await db.prisma.user.create({
    data: { email, name: email, role, passwordHash: await hashPassword("registry-Passwort-1") },
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

const GENSTAB = {
  canonicalName: "Generalstab der Ukraine",
  aliases: "ukrainischer Generalstab\n\n Generalstab \nGENERALSTAB",
  kind: "BODY",
  party: "UA",
  official: true,
  domains: "",
};

beforeAll(async () => {
  admin = await insertUser("admin@example.org", "ADMIN");
});

test("an admin adds an actor: aliases trimmed and de-duplicated, audited", async () => {
  const created = await createActor(db.prisma, admin, GENSTAB);
  expect(created).toMatchObject({
    canonicalName: "Generalstab der Ukraine",
    aliases: ["ukrainischer Generalstab", "Generalstab"],
    party: "UA",
  });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "actor.created" } });
  expect(audit.userId).toBe(admin.id);
  expect((await listRegistry(db.prisma, admin)).map((actor) => actor.canonicalName)).toContain("Generalstab der Ukraine");
});

test("names are unique regardless of case; bad input gets field messages", async () => {
  expect(await failure(createActor(db.prisma, admin, { ...GENSTAB, canonicalName: "generalstab der ukraine" }))).toEqual({
    code: "DUPLICATE",
    fieldErrors: { canonicalName: expect.stringMatching(/gibt es schon/) },
  });
  expect((await failure(createActor(db.prisma, admin, { ...GENSTAB, canonicalName: " " }))).fieldErrors).toHaveProperty(
    "canonicalName",
  );
  expect(
    (await failure(createActor(db.prisma, admin, { ...GENSTAB, canonicalName: "X", party: "MARS" }))).fieldErrors,
  ).toHaveProperty("party");
  expect(
    (await failure(createActor(db.prisma, admin, { ...GENSTAB, canonicalName: "X", aliases: "a\u0000" }))).fieldErrors,
  ).toHaveProperty("aliases");
  expect(await db.prisma.actor.count({ where: { canonicalName: "X" } })).toBe(0);
});

test("an edit changes aliases, kind, party and flag, keeps the name, and is audited with before and after", async () => {
  const actor = await createActor(db.prisma, admin, {
    ...GENSTAB,
    canonicalName: "Wagner-Gruppe",
    aliases: "Wagner",
    kind: "GROUP",
    party: "OTHER",
    official: false,
  });
  const updated = await updateActor(db.prisma, admin, {
    actorId: actor.id,
    canonicalName: "wird ignoriert",
    aliases: "Wagner\nPMC Wagner",
    kind: "GROUP",
    party: "RU",
    official: false,
    domains: "",
    version: actor.version,
  });
  expect(updated).toMatchObject({ canonicalName: "Wagner-Gruppe", aliases: ["Wagner", "PMC Wagner"], party: "RU" });
  const stored = await db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } });
  expect(stored).toMatchObject({ canonicalName: "Wagner-Gruppe", aliases: ["Wagner", "PMC Wagner"], party: "RU" });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: actor.id, action: "actor.updated" } });
  expect(audit.before).toMatchObject({ party: "OTHER" });
  expect(audit.after).toMatchObject({ party: "RU" });
});

test("an edit over a change made meanwhile is a CONFLICT and changes nothing", async () => {
  const actor = await createActor(db.prisma, admin, {
    ...GENSTAB,
    canonicalName: "Kreml",
    aliases: "",
    kind: "BODY",
    party: "RU",
    official: true,
  });
  const seen = { domains: "", version: actor.version };
  await updateActor(db.prisma, admin, {
    actorId: actor.id,
    aliases: "Kremlsprecher",
    kind: "BODY",
    party: "RU",
    official: true,
    ...seen,
  });
  expect(
    await failure(
      updateActor(db.prisma, admin, { actorId: actor.id, aliases: "", kind: "BODY", party: "OTHER", official: true, ...seen }),
    ),
  ).toMatchObject({ code: "CONFLICT" });
  await expect(db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).resolves.toMatchObject({
    aliases: ["Kremlsprecher"],
    party: "RU",
  });
  expect(
    (
      await failure(
        updateActor(db.prisma, admin, {
          actorId: "gibt-es-nicht",
          aliases: "",
          kind: "BODY",
          party: "RU",
          official: true,
          ...seen,
        }),
      )
    ).code,
  ).toBe("NOT_FOUND");
});

test("editors and approvers may neither list, add nor edit actors", async () => {
  const actor = await createActor(db.prisma, admin, {
    ...GENSTAB,
    canonicalName: "Pentagon",
    aliases: "",
    kind: "BODY",
    party: "US",
    official: true,
  });
  for (const role of ["EDITOR", "APPROVER"] as const) {
    const user = await insertUser(`${role}@example.org`, role);
    expect((await failure(listRegistry(db.prisma, user))).code).toBe("FORBIDDEN");
    expect((await failure(createActor(db.prisma, user, { ...GENSTAB, canonicalName: "Neu" }))).code).toBe("FORBIDDEN");
    const seen = { domains: "", version: actor.version };
    expect(
      (
        await failure(
          updateActor(db.prisma, user, { actorId: actor.id, aliases: "", kind: "BODY", party: "RU", official: true, ...seen }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  }
  await expect(db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).resolves.toMatchObject({ party: "US" });
});

test("web domains: one per line, normalised, repeats dropped, shown in the list, audited", async () => {
  const created = await createActor(db.prisma, admin, {
    ...GENSTAB,
    canonicalName: "Verteidigungsministerium Russlands",
    aliases: "",
    party: "RU",
    domains: " https://www.MIL.ru/news/1 \n\nmil.ru\nhttps://t.me/mod_russia/123\ntelegram.me/Mod_Russia",
  });
  expect(created.domains).toEqual(["mil.ru", "t.me/mod_russia"]);
  expect(created.version).toBe(0);
  const listed = (await listRegistry(db.prisma, admin)).find((a) => a.id === created.id);
  expect(listed?.domains).toEqual(["mil.ru", "t.me/mod_russia"]);
  const updated = await updateActor(db.prisma, admin, {
    actorId: created.id,
    aliases: "",
    kind: "BODY",
    party: "RU",
    official: true,
    domains: "mil.ru\nfunction.mil.ru",
    version: created.version,
  });
  expect(updated).toMatchObject({ domains: ["mil.ru", "function.mil.ru"], version: 1 });
  const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { entityId: created.id, action: "actor.updated" } });
  expect(audit.before).toMatchObject({ domains: ["mil.ru", "t.me/mod_russia"] });
  expect(audit.after).toMatchObject({ domains: ["mil.ru", "function.mil.ru"] });
});

test("an invalid web domain is refused with a German message naming the line; nothing is stored", async () => {
  for (const [domains, message] of [
    ["mil.ru\nkeine domain", /„keine domain“ ist keine Web-Domain/],
    ["ftp://mil.ru", /„ftp:\/\/mil.ru“ ist keine Web-Domain/],
    ["localhost", /„localhost“ ist keine Web-Domain/],
    ["t.me", /„t.me“ allein ist zu allgemein/],
  ] as const) {
    const result = await failure(createActor(db.prisma, admin, { ...GENSTAB, canonicalName: "Domaintest", domains }));
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors?.domains).toMatch(message);
  }
  expect(await db.prisma.actor.count({ where: { canonicalName: "Domaintest" } })).toBe(0);
});

test("an edit of domains alone over a domains-only change made meanwhile is a CONFLICT (version, not the seen values)", async () => {
  const actor = await createActor(db.prisma, admin, {
    ...GENSTAB,
    canonicalName: "Verteidigungsministerium der Ukraine",
    aliases: "",
    domains: "mod.gov.ua",
  });
  const edit = { actorId: actor.id, aliases: "", kind: "BODY", party: "UA", official: true, version: actor.version };
  await updateActor(db.prisma, admin, { ...edit, domains: "mod.gov.ua\nmil.gov.ua" });
  expect(await failure(updateActor(db.prisma, admin, { ...edit, domains: "" }))).toMatchObject({ code: "CONFLICT" });
  await expect(db.prisma.actor.findUniqueOrThrow({ where: { id: actor.id } })).resolves.toMatchObject({
    domains: ["mod.gov.ua", "mil.gov.ua"],
    version: 1,
  });
});
