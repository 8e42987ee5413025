import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();

beforeAll(async () => {
  await db.prisma.user.create({
    data: { email: "aktiv@example.org", name: "Aktiv", role: "EDITOR", passwordHash: await hashPassword("richtig-geheim") },
  });
  await db.prisma.user.create({
    data: {
      email: "inaktiv@example.org",
      name: "Inaktiv",
      role: "APPROVER",
      active: false,
      passwordHash: await hashPassword("richtig-geheim"),
    },
  });
});

test("stores passwords as argon2id hashes", async () => {
  const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "aktiv@example.org" } });
  expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  expect(user.passwordHash).not.toContain("richtig-geheim");
});

test("accepts the right password, case-insensitively on the address", async () => {
  const user = await authenticate(db.prisma, { email: "Aktiv@Example.org", password: "richtig-geheim" });
  expect(user).toMatchObject({ email: "aktiv@example.org", role: "EDITOR" });
});

test("rejects a wrong password, an unknown user and an inactive user alike", async () => {
  await expect(authenticate(db.prisma, { email: "aktiv@example.org", password: "falsch" })).resolves.toBeNull();
  await expect(authenticate(db.prisma, { email: "niemand@example.org", password: "richtig-geheim" })).resolves.toBeNull();
  await expect(authenticate(db.prisma, { email: "inaktiv@example.org", password: "richtig-geheim" })).resolves.toBeNull();
});

test("rejects malformed input without throwing", async () => {
  await expect(authenticate(db.prisma, undefined)).resolves.toBeNull();
  await expect(authenticate(db.prisma, { email: "x", password: 1 })).resolves.toBeNull();
});
