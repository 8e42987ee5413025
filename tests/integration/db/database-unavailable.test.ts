// What Prisma 7 with @prisma/adapter-pg throws when the database is gone, refuses connections or
// ends a session (server shutdown): every case becomes DatabaseUnavailableError (503 through
// apiError, its own page through its digest); other database errors stay what they are.
import net from "node:net";
import { Client } from "pg";
import { DatabaseUnavailableError, createPrismaClient } from "@/lib/db/prisma";
import { DB_UNAVAILABLE_DIGEST } from "@/lib/db/unavailable";
import { apiError, isDatabaseUnavailable } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { startTcpProxy, type TcpProxy } from "../../helpers/tcp-proxy";
import { setupTestDatabase } from "../../helpers/test-db";

const db = setupTestDatabase();
let relay: TcpProxy;
let relayed: PrismaClient;

beforeAll(async () => {
  const target = new URL(db.url);
  relay = await startTcpProxy(target.hostname, Number(target.port));
  relayed = createPrismaClient(relay.route(db.url));
});

afterAll(async () => {
  await relayed?.$disconnect();
  await relay?.close();
});

/** Every way the application talks to the database. */
const OPERATIONS: [string, (prisma: PrismaClient) => Promise<unknown>][] = [
  ["model query", (prisma) => prisma.user.findFirst()],
  ["raw query", (prisma) => prisma.$queryRaw`SELECT 1`],
  ["batch transaction", (prisma) => prisma.$transaction([prisma.user.count(), prisma.article.count()])],
  ["interactive transaction", (prisma) => prisma.$transaction(async (tx) => tx.user.count())],
];

async function expectUnavailable(label: string, work: Promise<unknown>): Promise<void> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect({ label, type: (error as Error | null)?.name }).toEqual({ label, type: "DatabaseUnavailableError" });
  expect(error).toBeInstanceOf(DatabaseUnavailableError);
  expect((error as DatabaseUnavailableError).digest).toBe(DB_UNAVAILABLE_DIGEST);
  expect(isDatabaseUnavailable(error)).toBe(true);
}

async function freePortWithNothingListening(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test("connection refused: every kind of operation throws DatabaseUnavailableError", async () => {
  const url = new URL(db.url);
  url.port = String(await freePortWithNothingListening());
  const refused = createPrismaClient(url.toString());
  try {
    for (const [label, operation] of OPERATIONS) await expectUnavailable(label, operation(refused));
  } finally {
    await refused.$disconnect();
  }
});

test("server gone (connections dropped and refused): DatabaseUnavailableError, and the client recovers after", async () => {
  await relayed.user.count(); // an open, idle pool connection that the cut-off kills
  relay.cutOff();
  try {
    for (const [label, operation] of OPERATIONS) await expectUnavailable(label, operation(relayed));
  } finally {
    relay.resume();
  }
  await expect(relayed.user.count()).resolves.toBe(0);
});

test("a session ended by the server (SQLSTATE 57P01, as on shutdown) mid-query counts as unavailable", async () => {
  const prisma = createPrismaClient(db.url);
  const admin = new Client({ connectionString: process.env.QL_TEST_ADMIN_URL });
  await admin.connect();
  try {
    const name = new URL(db.url).pathname.slice(1);
    const slow = prisma.$transaction(async (tx) => tx.$queryRaw`SELECT pg_sleep(10)::text`, { timeout: 20000 });
    const settled = slow.then(
      () => null,
      (caught: unknown) => caught,
    );
    // Wait until the query runs, then end its session as a shutting-down server would.
    for (let i = 0; i < 100; i++) {
      const { rows } = await admin.query(
        "SELECT pid FROM pg_stat_activity WHERE datname = $1 AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()",
        [name],
      );
      if (rows.length > 0) {
        await admin.query("SELECT pg_terminate_backend($1)", [rows[0].pid]);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await expectUnavailable(
      "terminated session",
      settled.then((error) => Promise.reject(error)),
    );
  } finally {
    await admin.end();
    await prisma.$disconnect();
  }
});

test("other database errors pass through unchanged", async () => {
  const error = await db.prisma.$queryRaw`SELECT * FROM gibt_es_nicht`.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).not.toBeInstanceOf(DatabaseUnavailableError);
  expect(isDatabaseUnavailable(error)).toBe(false);
});

test("apiError answers DatabaseUnavailableError with 503, Retry-After and the German message only", async () => {
  const response = apiError(new DatabaseUnavailableError(new Error("connect ECONNREFUSED 127.0.0.1:5432")));
  expect(response.status).toBe(503);
  expect(response.headers.get("retry-after")).toBe("5");
  const body = await response.json();
  expect(body).toEqual({
    error: { code: "DB_UNAVAILABLE", message: expect.stringContaining("Die Datenbank ist gerade nicht erreichbar.") },
  });
  expect(JSON.stringify(body)).not.toContain("ECONNREFUSED");
});
