// POST /api/articles/[id]/submit over real HTTP against the built app: the article comes from
// the path (a body id never wins), the answer lists the outcome per claim, an unknown article
// is a 404 with a German message, and only same-origin JSON requests are accepted.
import { hashPassword } from "@/lib/auth/password";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, postJson } from "../http/http-client";
import { makeArticle } from "../reviews/fixtures";
import { auditActions } from "./fixtures";

jest.setTimeout(300000);

const db = setupTestDatabase();
const PASSWORD = "einreichen-Passwort-12";
let app: TestApp;
let cookie: string;

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  await db.prisma.user.create({ data: { email: "redaktion@example.org", name: "Rita", role: "EDITOR", passwordHash } });
  app = await startTestApp(db.url);
  cookie = await logInOverHttp(app.baseUrl, "redaktion@example.org", PASSWORD);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

async function post(path: string, body: unknown, headers: Record<string, string | undefined> = {}) {
  const response = await postJson(app.baseUrl, cookie, path, body, headers);
  return { status: response.status, json: await response.json() };
}

test("submits the reviewed claims of the article in the path, the outcome per claim", async () => {
  const target = await makeArticle(db.prisma);
  const other = await makeArticle(db.prisma);
  for (const claim of [target.ua, other.ua]) {
    const verdict = await post(`/api/claims/${claim.id}/content-verdict`, {
      version: 0,
      verdict: "UNVERIFIABLE",
      rationale: "Keine unabhängige Quelle.",
      evidence: [],
    });
    expect(verdict.status).toBe(200);
  }

  const submitted = await post(`/api/articles/${target.article.id}/submit`, { articleId: other.article.id });
  expect(submitted.status).toBe(200);
  expect(submitted.json.data).toEqual({
    articleId: target.article.id,
    submitted: 1,
    failed: 0,
    results: [{ claimId: target.ua.id, valueText: "11.000", ok: true, status: "SUBMITTED", version: 2 }],
  });
  expect(await auditActions(db.prisma, target.ua.id)).toEqual(["claim.content_verdict", "claim.submit"]);
  // The article named in the body was left alone.
  expect((await db.prisma.claim.findUniqueOrThrow({ where: { id: other.ua.id } })).status).toBe("IN_REVIEW");
});

test("an unknown article is a 404 with a German message; a cross-site request is refused", async () => {
  const unknown = await post("/api/articles/unbekannt0000000000000000/submit", {});
  expect(unknown.status).toBe(404);
  expect(unknown.json.error.message).toBe("Diesen Artikel gibt es nicht (mehr).");

  const { article } = await makeArticle(db.prisma);
  const crossSite = await post(`/api/articles/${article.id}/submit`, {}, { origin: "https://angreifer.example" });
  expect(crossSite.status).toBe(403);
});
