// The scoped report API over real HTTP against the built app: GET /api/reports/preview is the
// live draft of a scope (outlet + date range here; CSV streamed, every row "Entwurf", the
// unapproved ones "nein"), POST /api/reports creates the final report of a scope (approvers
// only) whose every format downloads twice with identical bytes; bad scopes are a 400 with a
// German field message, unknown actors a 404, a scope without approved claims a 409.
import crypto from "node:crypto";
import { parse } from "csv-parse/sync";
import { hashPassword } from "@/lib/auth/password";
import { NO_APPROVED_IN_SCOPE_MESSAGE } from "@/lib/reports/build";
import { REPORT_FORMATS } from "@/lib/reports/formats";
import { JSONLD_DRAFT_MESSAGE } from "@/lib/reports/http";
import { DATE_MESSAGE, MAX_SCOPE_CLAIMS, SCOPE_REQUIRED_MESSAGE, TOO_MANY_CLAIMS_MESSAGE } from "@/lib/reports/scope-input";
import { ACTOR_NOT_FOUND_MESSAGE } from "@/lib/reports/scope-label";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, postJson } from "../http/http-client";
import { OUTLET, scopedArticles, storeSettings } from "./fixtures";

jest.setTimeout(300000);

const db = setupTestDatabase();
const PASSWORD = "bericht-Passwort-12";
let app: TestApp;
let fixture: Awaited<ReturnType<typeof scopedArticles>>;
const cookies: Record<"editor" | "approver", string> = { editor: "", approver: "" };
const SCOPE = `outlet=${encodeURIComponent(OUTLET)}&from=2026-11-01&to=2026-11-20`;

beforeAll(async () => {
  await storeSettings(db.prisma);
  fixture = await scopedArticles(db.prisma);
  const passwordHash = await hashPassword(PASSWORD);
  const { editor, approver } = fixture.early;
  for (const user of [editor, approver]) await db.prisma.user.update({ where: { id: user.id }, data: { passwordHash } });
  app = await startTestApp(db.url);
  cookies.editor = await logInOverHttp(app.baseUrl, editor.email, PASSWORD);
  cookies.approver = await logInOverHttp(app.baseUrl, approver.email, PASSWORD);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

const get = (path: string, who: keyof typeof cookies = "editor") =>
  fetch(`${app.baseUrl}${path}`, { headers: { cookie: cookies[who] } });

test("the draft of outlet + date range: every claim of the early article only, streamed CSV, unapproved marked", async () => {
  const expected = await db.prisma.claim.findMany({
    where: { articleId: fixture.early.article.id, notAClaim: false },
    orderBy: [{ start: "asc" }, { id: "asc" }],
  });
  const csv = await get(`/api/reports/preview?format=csv&${SCOPE}`);
  expect(csv.status).toBe(200);
  expect(csv.headers.get("content-disposition")).toBe('attachment; filename="pruefbericht-entwurf.csv"');
  const rows: Record<string, string>[] = parse(await csv.text(), { bom: true, columns: true });
  expect(rows.map((row) => [row["Behauptung-ID"], row.Bericht, row.Freigegeben, row.Medium])).toEqual(
    expected.map((claim) => [claim.id, "Entwurf", claim.status === "APPROVED" ? "ja" : "nein", OUTLET]),
  );
  const md = await get(`/api/reports/preview?format=md&${SCOPE}`);
  expect(await md.text()).toMatch(
    /^# Prüfbericht: erschienen 01\.11\.2026 bis 20\.11\.2026 · Medium Tagesspiegel Test – Entwurf/,
  );
  const jsonld = await get(`/api/reports/preview?format=jsonld&${SCOPE}`);
  expect(jsonld.status).toBe(409);
  expect((await jsonld.json()).error.message).toBe(JSONLD_DRAFT_MESSAGE);
});

test("the final report of a scope: editors may not (403), approvers may (201); every format twice with identical bytes", async () => {
  const body = { outlet: OUTLET, from: "2026-11-01", to: "2026-11-30" };
  expect((await postJson(app.baseUrl, cookies.editor, "/api/reports", body)).status).toBe(403);
  const created = await postJson(app.baseUrl, cookies.approver, "/api/reports", body);
  expect(created.status).toBe(201);
  const { report } = await created.json();
  expect(report).toMatchObject({ articleId: null, claimCount: 2 });
  for (const format of REPORT_FORMATS) {
    const first = await get(`/api/reports/${report.id}?format=${format}`);
    const second = await get(`/api/reports/${report.id}?format=${format}`, "approver");
    const [a, b] = [Buffer.from(await first.arrayBuffer()), Buffer.from(await second.arrayBuffer())];
    expect(a.equals(b)).toBe(true);
    expect(first.headers.get("x-quellenlage-sha256")).toBe(crypto.createHash("sha256").update(a).digest("hex"));
  }
  const json = await (await get(`/api/reports/${report.id}?format=json`)).json();
  expect(json.scope).toEqual({
    type: "filter",
    outlet: OUTLET,
    publishedFrom: "2026-11-01",
    publishedTo: "2026-11-30",
    label: `erschienen 01.11.2026 bis 30.11.2026 · Medium ${OUTLET}`,
  });
  expect(json.claims.map((claim: { id: string }) => claim.id).sort()).toEqual([fixture.early.ua.id, fixture.late.ua.id].sort());
  const picked = await postJson(app.baseUrl, cookies.approver, "/api/reports", {
    claims: [fixture.other.ua.id, fixture.other.us.id],
  });
  expect(picked.status).toBe(201);
  expect((await picked.json()).report.claimCount).toBe(1);
});

test("bad scopes: a 400 with a German field message; unknown actors a 404; no approved claims a 409", async () => {
  const badDate = await get("/api/reports/preview?format=md&from=1.11.2026");
  expect(badDate.status).toBe(400);
  expect((await badDate.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { from: DATE_MESSAGE } });
  const none = await get("/api/reports/preview?format=md");
  expect((await none.json()).error).toMatchObject({ code: "VALIDATION", fieldErrors: { _form: SCOPE_REQUIRED_MESSAGE } });
  const many = Array.from({ length: MAX_SCOPE_CLAIMS + 1 }, (_, index) => `c${index}`);
  const tooMany = await postJson(app.baseUrl, cookies.approver, "/api/reports", { claims: many });
  expect(tooMany.status).toBe(400);
  expect((await tooMany.json()).error.fieldErrors).toEqual({ claims: TOO_MANY_CLAIMS_MESSAGE });
  const actor = await get("/api/reports/preview?format=csv&actor=unbekannt00000000000");
  expect(actor.status).toBe(404);
  expect((await actor.json()).error.message).toBe(ACTOR_NOT_FOUND_MESSAGE);
  const open = await postJson(app.baseUrl, cookies.approver, "/api/reports", { outlet: OUTLET, status: "OPEN" });
  expect(open.status).toBe(409);
  expect((await open.json()).error.message).toBe(NO_APPROVED_IN_SCOPE_MESSAGE);
});
