// CSRF over real HTTP against the built app: state-changing routes accept only JSON from our
// own origin (Origin, or Sec-Fetch-Site: same-origin without it); everything else is refused
// with a German message before the body is read, and nothing is stored.
import type { Claim } from "@/lib/generated/prisma/client";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, PASSWORDS, postJson } from "./http-client";

jest.setTimeout(180000);

const db = setupTestDatabase();
const PUBLIC_URL = "https://quellenlage.example.de";
let app: TestApp;
let cookie: string;
let claims: Claim[];

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  claims = await db.prisma.claim.findMany({ where: { contentVerdict: null, notAClaim: false }, orderBy: { id: "asc" }, take: 8 });
  app = await startTestApp(db.url, { QUELLENLAGE_PUBLIC_URL: PUBLIC_URL });
  cookie = await logInOverHttp(app.baseUrl);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

const ARTICLE_TEXT =
  "Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden nach Angaben der ukrainischen Luftwaffe abgeschossen.";

/** One state-changing request per route, with a body that would be stored if accepted. */
function routes(claim: Claim) {
  return [
    {
      path: `/api/claims/${claim.id}/content-verdict`,
      body: { version: claim.version, verdict: "UNVERIFIABLE", rationale: "Quer über Seiten", evidence: [] },
    },
    {
      path: `/api/claims/${claim.id}/attribution-verdict`,
      body: { version: claim.version, verdict: "NOT_FOUND", originalUrl: "", correctSource: "", rationale: "" },
    },
    { path: `/api/claims/${claim.id}/corrections`, body: { version: claim.version, kind: "NOT_A_CLAIM", notAClaim: true } },
    {
      path: `/api/articles/${claim.articleId}/claims`,
      body: { start: 0, end: 4, valueText: "Test", value: "1", what: "Test", actorName: "", party: "NONE", official: false },
    },
    { path: "/api/articles", body: { title: "Fremd eingereicht", outlet: "Angreifer", text: ARTICLE_TEXT } },
  ];
}

async function storedRows() {
  const [reviews, corrections, claimCount, articles, audit] = await Promise.all([
    db.prisma.review.count(),
    db.prisma.claimCorrection.count(),
    db.prisma.claim.count(),
    db.prisma.article.count(),
    db.prisma.auditEvent.count(),
  ]);
  return { reviews, corrections, claims: claimCount, articles, audit };
}

const FOREIGN_ORIGIN = "http://127.0.0.1:1"; // another port of the same host
const REFUSALS: { name: string; headers: Record<string, string | undefined>; status: number; message: RegExp }[] = [
  {
    name: "no Origin, no Sec-Fetch-Site",
    headers: { origin: undefined },
    status: 403,
    message: /nicht von einer Seite von Quellenlage/,
  },
  { name: "Origin of another port", headers: { origin: FOREIGN_ORIGIN }, status: 403, message: /nicht von einer Seite/ },
  { name: "Origin of another host", headers: { origin: "https://evil.example" }, status: 403, message: /nicht von einer Seite/ },
  { name: "Origin null", headers: { origin: "null" }, status: 403, message: /nicht von einer Seite/ },
  {
    name: "no Origin, Sec-Fetch-Site cross-site",
    headers: { origin: undefined, "sec-fetch-site": "cross-site" },
    status: 403,
    message: /nicht von einer Seite/,
  },
  {
    name: "no Origin, Sec-Fetch-Site same-site",
    headers: { origin: undefined, "sec-fetch-site": "same-site" },
    status: 403,
    message: /nicht von einer Seite/,
  },
  {
    name: "foreign Origin with text/plain",
    headers: { origin: FOREIGN_ORIGIN, "content-type": "text/plain" },
    status: 403,
    message: /nicht von einer Seite/,
  },
  { name: "text/plain", headers: { "content-type": "text/plain" }, status: 415, message: /als JSON senden/ },
  { name: "text/plain;charset", headers: { "content-type": "text/plain;charset=UTF-8" }, status: 415, message: /als JSON/ },
  {
    name: "form-encoded",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    status: 415,
    message: /als JSON senden/,
  },
  {
    name: "multipart",
    headers: { "content-type": "multipart/form-data; boundary=x" },
    status: 415,
    message: /als JSON senden/,
  },
  { name: "no Content-Type", headers: { "content-type": undefined }, status: 415, message: /als JSON senden/ },
];

test.each(REFUSALS)("refuses $name on every state-changing route; nothing is stored", async ({ headers, status, message }) => {
  const before = await storedRows();
  for (const { path, body } of routes(claims[0])) {
    const response = await postJson(app.baseUrl, cookie, path, body, headers);
    expect([path, response.status]).toEqual([path, status]);
    const json = await response.json();
    expect(json.error.message).toMatch(message);
    expect(json.error.code).toBe(status === 403 ? "FORBIDDEN" : "UNSUPPORTED_MEDIA_TYPE");
  }
  expect(await storedRows()).toEqual(before);
});

test("a session-less request is still told to log in (401), whatever its origin", async () => {
  const response = await postJson(app.baseUrl, "", `/api/claims/${claims[0].id}/content-verdict`, {}, { origin: undefined });
  expect(response.status).toBe(401);
});

test("accepts JSON from its own origin, the public address, a reverse proxy's host or Sec-Fetch-Site: same-origin", async () => {
  const accepted: Record<string, string | undefined>[] = [
    {},
    { "content-type": "application/json; charset=utf-8" },
    { origin: undefined, "sec-fetch-site": "same-origin" },
    { origin: PUBLIC_URL },
    { origin: "https://quellenlage.intern", "x-forwarded-host": "quellenlage.intern", "x-forwarded-proto": "https" },
  ];
  for (const [index, headers] of accepted.entries()) {
    const claim = claims[index + 1];
    const response = await postJson(
      app.baseUrl,
      cookie,
      `/api/claims/${claim.id}/content-verdict`,
      { version: claim.version, verdict: "UNVERIFIABLE", rationale: `Variante ${index}`, evidence: [] },
      headers,
    );
    expect([headers, response.status]).toEqual([headers, 200]);
    expect(response.headers.get("x-request-id")).toMatch(/^[\w-]+$/);
    const stored = await db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(stored.contentVerdict).toBe("UNVERIFIABLE");
  }
});

test("the claim comes from the path: a body claimId or id never wins", async () => {
  const [target, other] = [claims[6], claims[7]];
  const response = await postJson(app.baseUrl, cookie, `/api/claims/${target.id}/content-verdict`, {
    claimId: other.id,
    id: other.id,
    version: target.version,
    verdict: "UNVERIFIABLE",
    rationale: "Pfad gewinnt",
    evidence: [],
  });
  expect(response.status).toBe(200);
  expect((await response.json()).data.claimId).toBe(target.id);
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: target.id } })).contentVerdict).toBe("UNVERIFIABLE");
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: other.id } })).contentVerdict).toBeNull();
});
