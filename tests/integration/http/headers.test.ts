// Security headers on a sample of every kind of response the built app gives: pages, redirects
// (ours and Next.js's own slash normalisation), 404s, API routes, next-auth, static build output.
import { startTestApp, type TestApp } from "../../helpers/app-server";
import { setupTestDatabase } from "../../helpers/test-db";

jest.setTimeout(600000);

const db = setupTestDatabase();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(db.url);
}, 600000);

afterAll(async () => {
  await app?.stop();
});

const REQUIRED_DIRECTIVES = [
  "frame-ancestors 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "default-src 'self'",
];

function get(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, { redirect: "manual", ...init });
}

function expectSecurityHeaders(label: string, response: Response): void {
  const headers = response.headers;
  const found = {
    label,
    nosniff: headers.get("x-content-type-options"),
    referrer: headers.get("referrer-policy"),
    frame: headers.get("x-frame-options"),
  };
  expect(found).toEqual({ label, nosniff: "nosniff", referrer: "same-origin", frame: "DENY" });
  const permissions = headers.get("permissions-policy") ?? "";
  for (const feature of ["camera=()", "microphone=()", "geolocation=()"])
    expect({ label, permissions }).toEqual({ label, permissions: expect.stringContaining(feature) });
  const policy = headers.get("content-security-policy") ?? "";
  // Two CSP headers would be joined with ", " – and the browser would enforce both.
  expect({ label, policy }).toEqual({ label, policy: expect.not.stringContaining(",") });
  for (const directive of REQUIRED_DIRECTIVES)
    expect({ label, policy }).toEqual({ label, policy: expect.stringContaining(directive) });
  expect({ label, policy }).toEqual({ label, policy: expect.not.stringContaining("unsafe-eval") });
  expect({ label, policy }).toEqual({ label, policy: expect.not.stringMatching(/script-src[^;]*unsafe-inline/) });
}

function expectRequestId(label: string, response: Response): string {
  const id = response.headers.get("x-request-id") ?? "";
  expect({ label, id }).toEqual({ label, id: expect.stringMatching(/^[0-9a-f]{12}$/) });
  return id;
}

test("pages, redirects, 404s and API routes carry all security headers, a nonce CSP and a request id", async () => {
  const samples: [string, string, RequestInit?, number?][] = [
    ["login page", "/login", undefined, 200],
    ["page that needs a session (redirect to /login)", "/articles", undefined, 307],
    ["root redirect", "/", undefined, 307],
    ["forbidden page", "/keine-berechtigung", undefined, 200],
    ["404 page", "/gibt-es-nicht", undefined, 404],
    ["404 below a real route", "/articles/gibt-es-nicht/auch-nicht", undefined, undefined],
    ["API route without session", "/api/claims", undefined, 401],
    [
      "API write without session",
      "/api/articles",
      { method: "POST", body: "{}", headers: { "content-type": "application/json" } },
    ],
    ["API 404", "/api/gibt-es-nicht", undefined, 404],
    ["health", "/api/health", undefined, 200],
    ["next-auth", "/api/auth/csrf", undefined, 200],
    ["CSV export without session", "/claims/export", undefined],
  ];
  const ids = new Set<string>();
  for (const [label, path, init, status] of samples) {
    const response = await get(path, init);
    if (status !== undefined) expect({ label, status: response.status }).toEqual({ label, status });
    expectSecurityHeaders(label, response);
    ids.add(expectRequestId(label, response));
    const policy = response.headers.get("content-security-policy") ?? "";
    expect({ label, policy }).toEqual({
      label,
      policy: expect.stringMatching(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'/),
    });
  }
  expect(ids.size).toBe(samples.length);
});

test("Next.js's own slash-normalising redirects carry the security headers", async () => {
  for (const [label, path] of [
    ["trailing slash", "/articles/"],
    ["repeated slashes", "//articles"],
  ]) {
    const response = await get(path);
    expect({ label, status: response.status }).toEqual({ label, status: 308 });
    expectSecurityHeaders(label, response);
  }
});

test("static build output (scripts, styles, fonts) and its 404s carry the security headers", async () => {
  const login = await get("/login");
  const html = await login.text();
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  const stylesheet = /<link[^>]+href="(\/_next\/static\/[^"]+\.css)"/.exec(html)?.[1];
  const font = /<(\/_next\/static\/media\/[^>]+\.woff2)>/.exec(login.headers.get("link") ?? "")?.[1];
  expect({ script, stylesheet, font }).toEqual({
    script: expect.any(String),
    stylesheet: expect.any(String),
    font: expect.any(String),
  });
  for (const [label, path, status] of [
    ["script", script!, 200],
    ["stylesheet", stylesheet!, 200],
    ["font", font!, 200],
    ["missing static file", "/_next/static/chunks/gibt-es-nicht.js", 404],
  ] as const) {
    const response = await get(path);
    expect({ label, status: response.status }).toEqual({ label, status });
    expectSecurityHeaders(label, response);
  }
});

test("the request id is the server's own: a client-supplied x-request-id is replaced", async () => {
  const response = await get("/api/health", { headers: { "x-request-id": "faked-by-client" } });
  expect(expectRequestId("health", response)).not.toBe("faked-by-client");
});
