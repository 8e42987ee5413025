// Login throttling against real PostgreSQL: per account, per address, the lock's duration,
// parallel guesses, pruning – and a database that cannot be reached.
import { logIn } from "@/lib/auth/login";
import { LoginRefusedError } from "@/lib/auth/login-errors";
import { hashPassword } from "@/lib/auth/password";
import { LOCK_CLASS_ACCOUNT, startLoginAttempt, THROTTLE_RULES } from "@/lib/auth/throttle";
import { createPrismaClient } from "@/lib/db/prisma";
import { Client } from "pg";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
const PASSWORD = "drossel-Passwort-1";

async function createUser(email: string): Promise<void> {
  await db.prisma.user.create({ data: { email, name: email, role: "EDITOR", passwordHash: await hashPassword(PASSWORD) } });
}

const from = (address: string) => ({ "x-forwarded-for": address });

/** logIn's outcome as a word: "ok", "falsch" or the refusal code. */
async function attempt(email: string, password: string, address: string): Promise<string> {
  try {
    return (await logIn(db.prisma, { email, password }, from(address))) ? "ok" : "falsch";
  } catch (error) {
    if (error instanceof LoginRefusedError) return error.code;
    throw error;
  }
}

/** Failed attempts `minutesAgo` in the past, written directly. */
async function pastFailures(email: string, address: string, minutesAgo: number[]): Promise<void> {
  await db.prisma.loginAttempt.createMany({
    data: minutesAgo.map((minutes) => ({
      email,
      address,
      outcome: "FAILURE" as const,
      createdAt: new Date(Date.now() - minutes * 60_000),
    })),
  });
}

test("5 wrong passwords lock the account – also for the right password – and only that account", async () => {
  await createUser("konto@example.org");
  await createUser("anderes@example.org");
  for (let i = 0; i < THROTTLE_RULES.maxFailures; i++) {
    expect(await attempt("konto@example.org", `falsch-${i}`, `192.0.2.${i}`)).toBe("falsch");
  }
  expect(await attempt("konto@example.org", PASSWORD, "192.0.2.50")).toBe("THROTTLED");
  expect(await attempt("KONTO@Example.org", PASSWORD, "192.0.2.51")).toBe("THROTTLED");
  expect(await attempt("anderes@example.org", PASSWORD, "192.0.2.52")).toBe("ok");
  // Refused attempts are not recorded, so hammering does not prolong the lock.
  expect(await db.prisma.loginAttempt.count({ where: { email: "konto@example.org" } })).toBe(5);
});

test("5 failures from one address lock that address for every account, even unknown ones", async () => {
  await createUser("adresse@example.org");
  for (let i = 0; i < 5; i++) expect(await attempt(`unbekannt-${i}@example.org`, "x", "198.51.100.20")).toBe("falsch");
  expect(await attempt("adresse@example.org", PASSWORD, "198.51.100.20")).toBe("THROTTLED");
  expect(await attempt("adresse@example.org", PASSWORD, "198.51.100.21")).toBe("ok");
});

test("the lock lasts 15 minutes from the last failure of 5 within 15 minutes", async () => {
  // Last of five failures 10 minutes ago: locked for 5 more minutes.
  await pastFailures("frisch@example.org", "192.0.2.100", [14, 13, 12, 11, 10]);
  const locked = await startLoginAttempt(db.prisma, "frisch@example.org", "192.0.2.101");
  expect(locked.kind).toBe("throttled");
  if (locked.kind === "throttled") {
    const minutesLeft = (locked.lockedUntil.getTime() - Date.now()) / 60_000;
    expect(minutesLeft).toBeGreaterThan(4.5);
    expect(minutesLeft).toBeLessThan(5.5);
  }
  // Last failure 16 minutes ago: the lock is over.
  await pastFailures("vorbei@example.org", "192.0.2.102", [20, 19, 18, 17, 16]);
  expect((await startLoginAttempt(db.prisma, "vorbei@example.org", "192.0.2.103")).kind).toBe("allowed");
  // Five failures spread over more than 15 minutes are not "5 within 15 minutes".
  await pastFailures("verteilt@example.org", "192.0.2.104", [29, 25, 21, 17, 13]);
  expect((await startLoginAttempt(db.prisma, "verteilt@example.org", "192.0.2.105")).kind).toBe("allowed");
});

test("a successful login clears the account's earlier failures (not the address's)", async () => {
  await createUser("vergesslich@example.org");
  for (let i = 0; i < 4; i++) expect(await attempt("vergesslich@example.org", "falsch", `192.0.2.${120 + i}`)).toBe("falsch");
  expect(await attempt("vergesslich@example.org", PASSWORD, "192.0.2.130")).toBe("ok");
  for (let i = 0; i < 4; i++) expect(await attempt("vergesslich@example.org", "falsch", `192.0.2.${140 + i}`)).toBe("falsch");
  expect(await attempt("vergesslich@example.org", PASSWORD, "192.0.2.150")).toBe("ok");
});

test("40 parallel guesses: exactly 5 get a password check, the rest are refused", async () => {
  await createUser("parallel@example.org");
  const outcomes = await Promise.all(
    Array.from({ length: 40 }, (_, i) => attempt("parallel@example.org", `rate-${i}`, `10.1.${i}.1`)),
  );
  expect(outcomes.filter((o) => o === "falsch")).toHaveLength(5);
  expect(outcomes.filter((o) => o === "THROTTLED")).toHaveLength(35);
  expect(await attempt("parallel@example.org", PASSWORD, "10.2.0.1")).toBe("THROTTLED");
});

test("a login queued behind the account's lock for longer than Prisma's default 5 s still gets its answer", async () => {
  await createUser("warteschlange@example.org");
  const holder = new Client({ connectionString: db.url });
  await holder.connect();
  try {
    await holder.query("SELECT pg_advisory_lock($1::int, hashtext($2))", [LOCK_CLASS_ACCOUNT, "warteschlange@example.org"]);
    const login = attempt("warteschlange@example.org", PASSWORD, "192.0.2.77");
    // The other attempts of a burst hold the lock this long; with the defaults the login died at 5 s.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    await holder.query("SELECT pg_advisory_unlock($1::int, hashtext($2))", [LOCK_CLASS_ACCOUNT, "warteschlange@example.org"]);
    expect(await login).toBe("ok");
  } finally {
    await holder.end();
  }
});

test("rows older than an hour are pruned", async () => {
  await pastFailures("alt@example.org", "192.0.2.200", [61, 90, 600]);
  await startLoginAttempt(db.prisma, "neu@example.org", "192.0.2.201");
  expect(await db.prisma.loginAttempt.count({ where: { email: "alt@example.org" } })).toBe(0);
});

test("an unreachable database is DB_UNAVAILABLE, not a wrong password", async () => {
  const unreachable = createPrismaClient("postgresql://niemand:geheim@127.0.0.1:1/keine");
  try {
    await expect(logIn(unreachable, { email: "konto@example.org", password: PASSWORD }, from("192.0.2.9"))).rejects.toEqual(
      new LoginRefusedError("DB_UNAVAILABLE"),
    );
  } finally {
    await unreachable.$disconnect();
  }
});
