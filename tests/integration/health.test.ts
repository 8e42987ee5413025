// GET /api/health for load balancers: liveness without the database, readiness with it – also
// while the database is cut off (through the TCP relay) and after it is back.
import net from "node:net";
import { databaseAnswers } from "@/lib/db/health";
import { createPrismaClient } from "@/lib/db/prisma";
import { startTestApp, type TestApp } from "../helpers/app-server";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { setupTestDatabase } from "../helpers/test-db";

jest.setTimeout(600000);

const db = setupTestDatabase();
let relay: TcpProxy;
let app: TestApp;

beforeAll(async () => {
  const target = new URL(db.url);
  relay = await startTcpProxy(target.hostname, Number(target.port));
  app = await startTestApp(relay.route(db.url));
}, 600000);

afterAll(async () => {
  await app?.stop();
  await relay?.close();
});

async function health(query = ""): Promise<{ status: number; body: Record<string, unknown>; headers: Headers; text: string }> {
  const response = await fetch(`${app.baseUrl}/api/health${query}`);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), headers: response.headers, text };
}

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test("liveness and readiness answer 200 without a session and are never cached", async () => {
  const live = await health();
  expect(live.status).toBe(200);
  expect(live.body).toEqual({ status: "ok" });
  expect(live.headers.get("cache-control")).toBe("no-store");

  const ready = await health("?ready=1");
  expect(ready.status).toBe(200);
  expect(ready.body).toEqual({ status: "ok", database: "ok" });
  expect(ready.headers.get("cache-control")).toBe("no-store");
});

test("with the database cut off readiness is 503 (no secrets) while liveness stays 200; both recover", async () => {
  relay.cutOff();
  try {
    const ready = await health("?ready=1");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ status: "unavailable", database: "unavailable" });
    expect(ready.headers.get("cache-control")).toBe("no-store");
    expect(ready.headers.get("retry-after")).toBe("5");
    expect(ready.text).not.toMatch(/postgres|127\.0\.0\.1|password|ECONN|terminated/i);

    const live = await health();
    expect(live.status).toBe(200);
  } finally {
    relay.resume();
  }
  const back = await eventually(
    () => health("?ready=1"),
    (result) => result.status === 200,
  );
  expect(back.status).toBe(200);
  expect(back.body).toEqual({ status: "ok", database: "ok" });
});

test("readiness gives up on a database that accepts connections but never answers", async () => {
  const sockets = new Set<net.Socket>();
  // Accepts and says nothing, like a host behind a dropped route.
  const silent = net.createServer((socket) => void sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const url = new URL(db.url);
  url.port = String((silent.address() as net.AddressInfo).port);
  const prisma = createPrismaClient(url.toString());
  try {
    const started = Date.now();
    await expect(databaseAnswers(prisma, 300)).resolves.toBe(false);
    // Well below pg's own connect timeout (5 s): the probe's timeout ended the wait.
    expect(Date.now() - started).toBeLessThan(4000);
  } finally {
    for (const socket of sockets) socket.destroy();
    silent.close();
    await prisma.$disconnect();
  }
});
