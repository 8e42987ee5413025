// NUL bytes and lone surrogates over real HTTP against the built app: every JSON field
// (nested too), query parameter and path id gets a 400 with a German message naming the
// field – never a 500 – and nothing is stored. Pages with such input do not fail either.
import type { Claim } from "@/lib/generated/prisma/client";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";
import { logInOverHttp, PASSWORDS, postJson } from "./http-client";

jest.setTimeout(180000);

const db = setupTestDatabase();
let app: TestApp;
let cookie: string;
let claim: Claim;

beforeAll(async () => {
  await db.seedDemo({ passwords: PASSWORDS });
  claim = await db.prisma.claim.findFirstOrThrow({ where: { contentVerdict: null, notAClaim: false }, orderBy: { id: "asc" } });
  app = await startTestApp(db.url);
  cookie = await logInOverHttp(app.baseUrl);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

const BAD = [
  { kind: "NUL", char: "\u0000", message: /Nullzeichen/ },
  { kind: "lone high surrogate", char: "\uD800", message: /unvollständiges Unicode-Zeichen/ },
  { kind: "lone low surrogate", char: "\uDC00", message: /unvollständiges Unicode-Zeichen/ },
];

const ARTICLE = {
  title: "Drohnenangriff auf Odessa",
  outlet: "Agentur",
  stand: "10.11.2024 06:30 Uhr",
  url: "https://example.org/odessa",
  text: "Kiew (dpa) – Russland hat in der Nacht 50 Drohnen gestartet, 40 wurden nach Angaben der ukrainischen Luftwaffe abgeschossen.",
};
const contentVerdict = () => ({
  version: claim.version,
  verdict: "DISPUTED",
  rationale: "Zahlen weichen ab",
  evidence: [{ url: "https://example.org/beleg", note: "Gegenbeleg", independent: true }],
});
const attributionVerdict = () => ({
  version: claim.version,
  verdict: "MISATTRIBUTED",
  originalUrl: "",
  correctSource: "Generalstab",
  rationale: "Anders zitiert",
});
const correction = () => ({ version: claim.version, kind: "ACTOR_PARTY", actorName: "Generalstab", party: "UA", official: true });
const addedClaim = () => ({
  start: 0,
  end: 4,
  valueText: "Test",
  value: "1",
  what: "Drohnen",
  actorName: "Polizei",
  party: "NONE",
  official: false,
});

type Body = Record<string, unknown>;
/** Route × field: where the bad character goes, and the German name the message must carry. */
const BODY_FIELDS: {
  route: string;
  path: () => string;
  body: () => Body;
  field: string;
  label: string;
  set: (b: Body, v: string) => void;
}[] = [
  ...(["title", "outlet", "text", "stand", "url"] as const).map((field) => ({
    route: "POST /api/articles",
    path: () => "/api/articles",
    body: () => ({ ...ARTICLE }),
    field,
    label: { title: "Titel", outlet: "Medium", text: "Artikeltext", stand: "Stand", url: "URL" }[field],
    set: (b: Body, v: string) => (b[field] = `${b[field]}${v}`),
  })),
  {
    route: "content-verdict",
    path: () => `/api/claims/${claim.id}/content-verdict`,
    body: contentVerdict,
    field: "rationale",
    label: "Begründung",
    set: (b, v) => (b.rationale = `Zahlen${v}weichen ab`),
  },
  {
    route: "content-verdict",
    path: () => `/api/claims/${claim.id}/content-verdict`,
    body: contentVerdict,
    field: "evidence.0.note",
    label: "Notiz (Belege Nr. 1)",
    set: (b, v) => ((b.evidence as Body[])[0].note = `${v}Gegenbeleg`),
  },
  {
    route: "content-verdict",
    path: () => `/api/claims/${claim.id}/content-verdict`,
    body: contentVerdict,
    field: "evidence.0.url",
    label: "URL (Belege Nr. 1)",
    set: (b, v) => ((b.evidence as Body[])[0].url = `https://example.org/${v}`),
  },
  {
    route: "attribution-verdict",
    path: () => `/api/claims/${claim.id}/attribution-verdict`,
    body: attributionVerdict,
    field: "correctSource",
    label: "Richtige Quelle",
    set: (b, v) => (b.correctSource = `General${v}stab`),
  },
  {
    route: "attribution-verdict",
    path: () => `/api/claims/${claim.id}/attribution-verdict`,
    body: attributionVerdict,
    field: "rationale",
    label: "Notiz zur Zuordnung",
    set: (b, v) => (b.rationale = `${v}`),
  },
  {
    route: "corrections",
    path: () => `/api/claims/${claim.id}/corrections`,
    body: correction,
    field: "actorName",
    label: "Quelle",
    set: (b, v) => (b.actorName = `General${v}`),
  },
  {
    route: "article claims",
    path: () => `/api/articles/${claim.articleId}/claims`,
    body: addedClaim,
    field: "what",
    label: "Gezähltes",
    set: (b, v) => (b.what = `Droh${v}nen`),
  },
  {
    route: "article claims",
    path: () => `/api/articles/${claim.articleId}/claims`,
    body: addedClaim,
    field: "actorName",
    label: "Quelle",
    set: (b, v) => (b.actorName = `${v}`),
  },
];

async function storedRows() {
  const [reviews, corrections, claims, articles, audit, changed] = await Promise.all([
    db.prisma.review.count(),
    db.prisma.claimCorrection.count(),
    db.prisma.claim.count(),
    db.prisma.article.count(),
    db.prisma.auditEvent.count(),
    db.prisma.claim.findUniqueOrThrow({ where: { id: claim.id }, select: { version: true } }),
  ]);
  return { reviews, corrections, claims, articles, audit, version: changed.version };
}

const bodyCases = BODY_FIELDS.flatMap((target) => BAD.map((bad) => ({ ...target, ...bad })));

test.each(bodyCases)("$route: $kind in $field → 400 naming „$label“, nothing stored", async (c) => {
  const before = await storedRows();
  const body = c.body();
  c.set(body, c.char);
  const response = await postJson(app.baseUrl, cookie, c.path(), body);
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors[c.field]).toMatch(c.message);
  expect(error.fieldErrors[c.field]).toContain(`„${c.label}“`);
  expect(error.message).toBe(error.fieldErrors[c.field]);
  expect(await storedRows()).toEqual(before);
});

test.each(BAD)("a $kind in a JSON field name is refused too", async ({ char }) => {
  const before = await storedRows();
  const response = await postJson(app.baseUrl, cookie, `/api/claims/${claim.id}/content-verdict`, {
    ...contentVerdict(),
    evidence: [{ url: "https://example.org/beleg", note: "Beleg", independent: true, [`x${char}`]: 1 }],
  });
  expect(response.status).toBe(400);
  expect((await response.json()).error.message).toMatch(/„Belege“ enthält/);
  expect(await storedRows()).toEqual(before);
});

// A lone surrogate cannot be written as UTF-8 in a URL; its CESU-8 bytes (%ED%A0%80) are what
// an attacker can send. Those must not fail either.
const QUERY_CASES = [
  { name: "GET /api/claims?q=NUL", path: "/api/claims?q=%00", field: "q", label: "Suche" },
  { name: "GET /api/claims?outlet=…NUL", path: "/api/claims?outlet=Agentur%00", field: "outlet", label: "Medium" },
  { name: "GET /api/claims?actor=NUL…", path: "/api/claims?actor=%00Polizei", field: "actor", label: "Quelle" },
  { name: "GET /claims/export?q=NUL", path: "/claims/export?q=Kiew%00", field: "q", label: "Suche" },
];

test.each(QUERY_CASES)("$name → 400 naming „$label“", async ({ path, field, label }) => {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie } });
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(error.fieldErrors[field]).toMatch(/Nullzeichen/);
  expect(error.fieldErrors[field]).toContain(`„${label}“`);
});

const PATH_ID_CASES = [
  { name: "content-verdict, NUL", path: "/api/claims/%00/content-verdict" },
  { name: "content-verdict, NUL inside", path: "/api/claims/abc%00def/content-verdict" },
  { name: "article claims, NUL", path: "/api/articles/%00/claims" },
  { name: "content-verdict, lone high surrogate", path: "/api/claims/%ED%A0%80/content-verdict" },
  { name: "article claims, lone low surrogate", path: "/api/articles/%ED%B0%80/claims" },
];

test.each(PATH_ID_CASES)("path id: $name → 400, nothing stored", async ({ path }) => {
  const before = await storedRows();
  const response = await postJson(app.baseUrl, cookie, path, contentVerdict());
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors.id).toMatch(/Kennung in der Adresse|ungültig kodierte Zeichen/);
  expect(await storedRows()).toEqual(before);
});

const surrogateBytes = ["%ED%A0%80", "%ED%B0%80"];

test.each(["/api/claims?q=", "/claims/export?q="])("%s with surrogate bytes does not fail", async (prefix) => {
  for (const bytes of surrogateBytes) {
    const response = await fetch(`${app.baseUrl}${prefix}${bytes}`, { headers: { cookie } });
    expect([bytes, response.status]).toEqual([bytes, 200]);
  }
});

test.each([
  "/claims?q=%00",
  "/claims?q=%ED%A0%80",
  "/claims?outlet=%00&actor=%ED%B0%80",
  "/articles/%00",
  "/articles/abc%00",
  "/articles/%ED%A0%80",
])("page %s answers without a server error", async (path) => {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: { cookie }, redirect: "manual" });
  expect(response.status).toBeLessThan(500);
  const html = await response.text();
  expect(html).not.toMatch(/invalid byte sequence|PrismaClient|\bat \S+\.js:\d+/);
});

test("the /claims page names an ignored search with a NUL instead of failing", async () => {
  const html = await (await fetch(`${app.baseUrl}/claims?q=%00`, { headers: { cookie } })).text();
  expect(html).toContain("„Suche“ enthält ein unzulässiges Zeichen");
});
