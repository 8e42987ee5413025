// The permission matrix of issue #8, over HTTP against the built app: every server action,
// route handler and page found in app/ is called as EDITOR, APPROVER, ADMIN and without a
// session, and must allow or deny exactly as its entry below says (lib/auth/permissions.ts
// decides for the roles). A new action, route or page without an entry fails the suite; so
// does one whose check is missing or asks for the wrong permission.
//
// Allowed means "got past the permission check": calls send minimal, invalid input (unknown
// ids, empty forms), so an allowed call ends in VALIDATION/NOT_FOUND and writes nothing.
import { hashPassword } from "@/lib/auth/password";
import { can, ROLES, type Permission, type Role } from "@/lib/auth/permissions";
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { mapConcurrently } from "../../helpers/concurrency";
import {
  builtServerActions,
  callServerAction,
  cookieHeader,
  httpLogin,
  serverActionId,
  type CookieJar,
} from "../../helpers/http-session";
import { setupTestDatabase } from "../../helpers/test-db";
import { pageEntries, routeEntries, serverActionEntries } from "./app-entries";

jest.setTimeout(300000);

type Who = Role | "ANONYMOUS";
const EVERYONE: Who[] = [...ROLES, "ANONYMOUS"];
/** "public": no permission needed, no session needed. */
type Rule = Permission | "public";

const UNKNOWN_ID = "unbekannt0000000000000000";

interface ActionRule {
  permission: Rule;
  /** The page the action is posted to (any page works; Next.js dispatches by action id). */
  page: string;
  args: unknown[];
  /** The action ends all of the caller's sessions: call it as a second user of the role. */
  endsSession?: boolean;
}

const ACTIONS: Record<string, ActionRule> = {
  "app/articles/new/actions.ts#ingestTextAction": { permission: "article:create", page: "/articles/new", args: [{}] },
  // Sent as JSON instead of FormData: an allowed caller gets past the check and fails on the
  // missing form data (INTERNAL), which is no permission refusal.
  "app/articles/new/actions.ts#ingestFileAction": { permission: "article:create", page: "/articles/new", args: [{}] },
  "app/articles/[id]/actions.ts#saveContentVerdictAction": { permission: "claim:review", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#saveAttributionVerdictAction": { permission: "claim:review", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#correctClaimAction": { permission: "claim:correct", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#addClaimAction": { permission: "claim:correct", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#loadClaimAction": {
    permission: "claim:read",
    page: "/articles",
    args: [UNKNOWN_ID, UNKNOWN_ID],
  },
  "app/articles/[id]/actions.ts#loadWhoSaysWhatAction": { permission: "claim:read", page: "/articles", args: [UNKNOWN_ID] },
  "app/articles/[id]/actions.ts#submitClaimAction": { permission: "claim:submit", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#approveClaimAction": { permission: "claim:approve", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#returnClaimAction": { permission: "claim:return", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#reopenClaimAction": { permission: "claim:reopen", page: "/articles", args: [{}] },
  "app/articles/[id]/actions.ts#submitArticleAction": { permission: "claim:submit", page: "/articles", args: [UNKNOWN_ID] },
  "app/login/actions.ts#endAllSessionsAction": { permission: "session:end-own", page: "/articles", args: [], endsSession: true },
  "app/admin/users/actions.ts#createUserAction": { permission: "user:manage", page: "/admin/users", args: [{}] },
  "app/admin/users/actions.ts#changeRoleAction": { permission: "user:manage", page: "/admin/users", args: [{}] },
  "app/admin/users/actions.ts#setActiveAction": { permission: "user:manage", page: "/admin/users", args: [{}] },
  "app/admin/users/actions.ts#resetPasswordAction": { permission: "user:manage", page: "/admin/users", args: [{}] },
  "app/admin/actors/actions.ts#createActorAction": { permission: "actor:manage", page: "/admin/actors", args: [{}] },
  "app/admin/actors/actions.ts#updateActorAction": { permission: "actor:manage", page: "/admin/actors", args: [{}] },
  "app/approvals/actions.ts#approveClaimAction": { permission: "claim:approve", page: "/articles", args: [{}] },
  "app/approvals/actions.ts#returnClaimAction": { permission: "claim:return", page: "/articles", args: [{}] },
  "app/approvals/actions.ts#approveClaimsAction": { permission: "claim:approve", page: "/articles", args: [[]] },
  "app/admin/settings/actions.ts#updateSettingsAction": { permission: "settings:manage", page: "/admin/settings", args: [{}] },
  "app/articles/[id]/actions.ts#reattributeArticleAction": { permission: "actor:manage", page: "/articles", args: [UNKNOWN_ID] },
  "app/reports/actions.ts#createReportAction": { permission: "report:create", page: "/reports", args: [null, {}] },
  "app/reports/actions.ts#verifyReportAction": { permission: "report:read", page: "/reports/verify", args: [null, {}] },
  "app/articles/[id]/proposal-actions.ts#proposeClusterVerdictAction": {
    permission: "cluster:propose",
    page: "/articles",
    args: [UNKNOWN_ID],
  },
  "app/articles/[id]/proposal-actions.ts#decideVerdictProposalAction": {
    permission: "claim:review",
    page: "/articles",
    args: [UNKNOWN_ID, {}],
  },
};

interface RouteRule {
  permission: Rule;
  /** The URL to call, path ids filled in. */
  url: string;
}

const ROUTES: Record<string, RouteRule> = {
  "GET /api/health": { permission: "public", url: "/api/health" },
  "GET /api/auth/[...nextauth]": { permission: "public", url: "/api/auth/csrf" },
  "POST /api/auth/[...nextauth]": { permission: "public", url: "/api/auth/_log" },
  "POST /api/articles": { permission: "article:create", url: "/api/articles" },
  "GET /api/claims": { permission: "claim:read", url: "/api/claims" },
  "POST /api/articles/[id]/claims": { permission: "claim:correct", url: `/api/articles/${UNKNOWN_ID}/claims` },
  "POST /api/articles/[id]/reattribute": { permission: "actor:manage", url: `/api/articles/${UNKNOWN_ID}/reattribute` },
  "POST /api/articles/[id]/submit": { permission: "claim:submit", url: `/api/articles/${UNKNOWN_ID}/submit` },
  "POST /api/claims/[id]/content-verdict": { permission: "claim:review", url: `/api/claims/${UNKNOWN_ID}/content-verdict` },
  "POST /api/claims/[id]/attribution-verdict": {
    permission: "claim:review",
    url: `/api/claims/${UNKNOWN_ID}/attribution-verdict`,
  },
  "POST /api/claims/[id]/corrections": { permission: "claim:correct", url: `/api/claims/${UNKNOWN_ID}/corrections` },
  "POST /api/claims/[id]/submit": { permission: "claim:submit", url: `/api/claims/${UNKNOWN_ID}/submit` },
  "POST /api/claims/[id]/approve": { permission: "claim:approve", url: `/api/claims/${UNKNOWN_ID}/approve` },
  "POST /api/claims/[id]/return": { permission: "claim:return", url: `/api/claims/${UNKNOWN_ID}/return` },
  "POST /api/claims/[id]/reopen": { permission: "claim:reopen", url: `/api/claims/${UNKNOWN_ID}/reopen` },
  "POST /api/claims/[id]/detach-cluster": { permission: "cluster:edit", url: `/api/claims/${UNKNOWN_ID}/detach-cluster` },
  "POST /api/claims/[id]/recheck-cleared": { permission: "claim:review", url: `/api/claims/${UNKNOWN_ID}/recheck-cleared` },
  "POST /api/clusters/[id]/merge": { permission: "cluster:edit", url: "/api/clusters/123456/merge" },
  "POST /api/clusters/[id]/split": { permission: "cluster:edit", url: "/api/clusters/123456/split" },
  "POST /api/clusters/recompute": { permission: "cluster:recompute", url: "/api/clusters/recompute" },
  "POST /api/claims/[id]/propose-verdict": { permission: "cluster:propose", url: `/api/claims/${UNKNOWN_ID}/propose-verdict` },
  "POST /api/verdict-proposals/[id]": { permission: "claim:review", url: `/api/verdict-proposals/${UNKNOWN_ID}` },
  "POST /api/approvals/approve": { permission: "claim:approve", url: "/api/approvals/approve" },
  "GET /claims/export": { permission: "claim:read", url: "/claims/export" },
  "GET /api/reports": { permission: "report:read", url: "/api/reports" },
  "GET /api/reports/[id]": { permission: "report:read", url: `/api/reports/${UNKNOWN_ID}?format=pdf` },
  "GET /api/reports/articles/[id]": { permission: "report:read", url: `/api/reports/articles/${UNKNOWN_ID}?format=md` },
  "POST /api/reports/articles/[id]": { permission: "report:create", url: `/api/reports/articles/${UNKNOWN_ID}` },
  "POST /api/reports": { permission: "report:create", url: "/api/reports" },
  "GET /api/sources/export": { permission: "sources:read", url: "/api/sources/export" },
  "GET /api/reports/preview": { permission: "report:read", url: `/api/reports/preview?format=md&actor=${UNKNOWN_ID}` },
};

type PageOutcome = "ok" | "login" | "forbidden" | `redirect ${string}`;

interface PageRule {
  url: string;
  /** A permission, or the outcome per caller for pages that are no workbench page. */
  expect: Rule | ((who: Who) => PageOutcome);
}

const PAGES: Record<string, PageRule> = {
  "/": { url: "/", expect: () => "redirect /articles" },
  "/login": { url: "/login", expect: (who) => (who === "ANONYMOUS" ? "ok" : "redirect /articles") },
  "/keine-berechtigung": { url: "/keine-berechtigung", expect: "public" },
  "/articles": { url: "/articles", expect: "article:read" },
  "/articles/new": { url: "/articles/new", expect: "article:create" },
  "/articles/[id]": { url: `/articles/${UNKNOWN_ID}`, expect: "article:read" },
  "/claims": { url: "/claims", expect: "claim:read" },
  "/admin": { url: "/admin", expect: "user:manage" },
  "/admin/users": { url: "/admin/users", expect: "user:manage" },
  "/admin/actors": { url: "/admin/actors", expect: "actor:manage" },
  "/admin/actors/[id]": { url: `/admin/actors/${UNKNOWN_ID}`, expect: "actor:manage" },
  "/admin/audit": { url: "/admin/audit", expect: "audit:read" },
  "/approvals": { url: "/approvals", expect: "claim:approve" },
  "/admin/settings": { url: "/admin/settings", expect: "settings:manage" },
  "/reports": { url: `/reports?article=${UNKNOWN_ID}`, expect: "report:read" },
  "/reports/verify": { url: "/reports/verify", expect: "report:read" },
  "/sources": { url: "/sources", expect: "sources:read" },
  "/clusters/[id]": { url: "/clusters/123456", expect: "cluster:read" },
};

function allowed(rule: Rule, who: Who): boolean {
  return rule === "public" || (who !== "ANONYMOUS" && can(who, rule));
}

const db = setupTestDatabase();
const PASSWORD = "matrix-Passwort-12";
let app: TestApp;
const sessions = new Map<Who, CookieJar>();
let loginCount = 0;

/** `spare`: a second user of the role, whose sessions an action may end without harming the others. */
async function logIn(role: Role, spare = false): Promise<CookieJar> {
  loginCount += 1;
  // One address per login, so that no login is throttled by the others.
  const email = `${role.toLowerCase()}${spare ? "-2" : ""}@example.org`;
  const outcome = await httpLogin(app.baseUrl, email, PASSWORD, {
    headers: { "X-Forwarded-For": `198.51.100.${loginCount}` },
  });
  expect({ role, error: outcome.error }).toEqual({ role, error: null });
  return outcome.jar;
}

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  for (const role of ROLES) {
    for (const suffix of ["", "-2"]) {
      await db.prisma.user.create({
        data: { email: `${role.toLowerCase()}${suffix}@example.org`, name: role, role, passwordHash },
      });
    }
  }
  app = await startTestApp(db.url);
  for (const role of ROLES) sessions.set(role, await logIn(role));
  sessions.set("ANONYMOUS", new Map());
}, 600000);

afterAll(async () => {
  await app?.stop();
});

describe("every entry point has an entry in the matrix", () => {
  test("server actions", () => {
    expect(
      serverActionEntries()
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(Object.keys(ACTIONS).sort());
  });

  test("server actions of the build (also outside app/) are the ones found in app/", () => {
    const built = builtServerActions()
      .filter((action) => !action.filename.includes("node_modules"))
      .map((action) => `${action.filename.replace(/^.*?(?=app\/)/, "")}#${action.exportedName}`);
    expect([...new Set(built)].sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  test("route handlers", () => {
    expect(
      routeEntries()
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(Object.keys(ROUTES).sort());
  });

  test("pages", () => {
    expect(
      pageEntries()
        .map((entry) => entry.key)
        .sort(),
    ).toEqual(Object.keys(PAGES).sort());
  });
});

/** "denied" for a permission refusal (401/403), else "allowed". */
function routeVerdict(status: number): "allowed" | "denied" {
  return status === 401 || status === 403 ? "denied" : "allowed";
}

function actionVerdict(text: string): "allowed" | "denied" {
  return /"code":"(UNAUTHENTICATED|FORBIDDEN)"/.test(text) ? "denied" : "allowed";
}

function pageOutcome(response: Response): PageOutcome {
  const location = response.headers.get("location");
  if (response.status >= 300 && response.status < 400 && location) {
    const pathname = new URL(location, app.baseUrl).pathname;
    if (pathname === "/login") return "login";
    if (pathname === "/keine-berechtigung") return "forbidden";
    return `redirect ${pathname}`;
  }
  if (response.status === 401) return "login";
  if (response.status === 403) return "forbidden";
  return "ok";
}

function expectedPageOutcome(rule: PageRule, who: Who): PageOutcome {
  if (typeof rule.expect === "function") return rule.expect(who);
  if (allowed(rule.expect, who)) return "ok";
  return who === "ANONYMOUS" ? "login" : "forbidden";
}

async function sessionFor(who: Who, rule: ActionRule): Promise<CookieJar> {
  if (who !== "ANONYMOUS" && rule.endsSession) return logIn(who, true);
  return sessions.get(who)!;
}

/** Calls per role at a time: the entries are independent (unknown ids, nothing written). */
const CONCURRENT_CALLS = 4;

test.each(EVERYONE)("server actions as %s", async (who) => {
  const results: Record<string, string> = {};
  const expected: Record<string, string> = {};
  await mapConcurrently(Object.entries(ACTIONS), CONCURRENT_CALLS, async ([key, rule]) => {
    const [file, name] = key.split("#");
    const response = await callServerAction(
      app.baseUrl,
      rule.page,
      serverActionId(file, name),
      rule.args,
      await sessionFor(who, rule),
    );
    results[key] = actionVerdict(response.text);
    expected[key] = allowed(rule.permission, who) ? "allowed" : "denied";
  });
  expect(results).toEqual(expected);
});

test.each(EVERYONE)("route handlers as %s", async (who) => {
  const results: Record<string, string> = {};
  const expected: Record<string, string> = {};
  await mapConcurrently(Object.entries(ROUTES), CONCURRENT_CALLS, async ([key, rule]) => {
    const method = key.split(" ")[0];
    const writes = method !== "GET";
    const response = await fetch(`${app.baseUrl}${rule.url}`, {
      method,
      redirect: "manual",
      headers: {
        Cookie: cookieHeader(sessions.get(who)!),
        // A same-origin JSON request, so that a 403 can only be the permission check.
        ...(writes ? { Origin: app.baseUrl, "Content-Type": "application/json" } : {}),
      },
      body: writes ? "{}" : undefined,
    });
    await response.arrayBuffer();
    results[key] = routeVerdict(response.status);
    expected[key] = allowed(rule.permission, who) ? "allowed" : "denied";
  });
  expect(results).toEqual(expected);
});

test.each(EVERYONE)("pages as %s", async (who) => {
  const results: Record<string, PageOutcome> = {};
  const expected: Record<string, PageOutcome> = {};
  await mapConcurrently(Object.entries(PAGES), CONCURRENT_CALLS, async ([key, rule]) => {
    const response = await fetch(`${app.baseUrl}${rule.url}`, {
      redirect: "manual",
      headers: { Cookie: cookieHeader(sessions.get(who)!) },
    });
    await response.arrayBuffer();
    results[key] = pageOutcome(response);
    expected[key] = expectedPageOutcome(rule, who);
  });
  expect(results).toEqual(expected);
});
