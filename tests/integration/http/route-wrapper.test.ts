// The route wrapper over real HTTP: the request id from proxy.ts (x-request-id) is carried
// into the response, a made-up one is replaced; a database that is down gives 503 with a German
// message on every route (reads and writes), and the routes recover when it is back.
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { startTcpProxy, type TcpProxy } from "../../helpers/tcp-proxy";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, PASSWORDS, postJson } from "./http-client";

jest.setTimeout(180000);

const db = setupTestDatabase();
let relay: TcpProxy;
let app: TestApp;
let cookie: string;
let claimPath: string;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  const claim = await db.prisma.claim.findFirstOrThrow({ where: { contentVerdict: null }, orderBy: { id: "asc" } });
  claimPath = `/api/claims/${claim.id}/content-verdict`;
  const target = new URL(db.url);
  relay = await startTcpProxy(target.hostname, Number(target.port));
  app = await startTestApp(relay.route(db.url));
  cookie = await logInOverHttp(app.baseUrl);
}, 600000);

afterAll(async () => {
  await app?.stop();
  await relay?.close();
});

test("every answer carries proxy.ts's own request id; a client-sent one never reaches the logs", async () => {
  const given = await fetch(`${app.baseUrl}/api/claims?limit=1`, { headers: { cookie, "x-request-id": "anfrage-42" } });
  expect(given.status).toBe(200);
  expect(given.headers.get("x-request-id")).toMatch(/^[0-9a-f]{12}$/);
  const forged = await fetch(`${app.baseUrl}/api/claims?limit=1`, {
    headers: { cookie, "x-request-id": "x <script>alert(1)</script>" },
  });
  expect(forged.headers.get("x-request-id")).toMatch(/^[0-9a-f]{12}$/);
});

test("database down: 503 with a German message on reads, writes and the export; back: 200 again", async () => {
  relay.cutOff();
  try {
    const responses = [
      await fetch(`${app.baseUrl}/api/claims`, { headers: { cookie } }),
      await fetch(`${app.baseUrl}/claims/export`, { headers: { cookie } }),
      await postJson(app.baseUrl, cookie, claimPath, { version: 0, verdict: "UNVERIFIABLE", rationale: "x", evidence: [] }),
    ];
    for (const response of responses) {
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      const { error } = await response.json();
      expect(error).toEqual({
        code: "DB_UNAVAILABLE",
        message: expect.stringMatching(/^Die Datenbank ist gerade nicht erreichbar/),
      });
    }
  } finally {
    relay.resume();
  }
  let status = 0;
  for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
    status = (await fetch(`${app.baseUrl}/api/claims?limit=1`, { headers: { cookie } })).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 200));
  }
  expect(status).toBe(200);
});
