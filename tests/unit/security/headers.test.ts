// The Content-Security-Policy text: a nonce and 'strict-dynamic' for pages, nothing inline for
// static files, and what only `next dev` needs (eval, injected styles) never in production.
import { contentSecurityPolicy } from "@/lib/security/headers";

function directive(policy: string, name: string): string {
  return (
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.split(" ")[0] === name) ?? ""
  );
}

test("pages: scripts need this request's nonce; frames, plugins, base and form targets are locked down", () => {
  const policy = contentSecurityPolicy("abc123==");
  expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
  expect(directive(policy, "style-src")).toBe("style-src 'self' 'nonce-abc123=='");
  for (const locked of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
    expect(policy).toContain(locked);
  }
  expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
});

test("static files: no nonce, nothing inline", () => {
  const policy = contentSecurityPolicy(null);
  expect(directive(policy, "script-src")).toBe("script-src 'self'");
  expect(directive(policy, "style-src")).toBe("style-src 'self'");
});

test("only development allows eval and injected styles", () => {
  const policy = contentSecurityPolicy("abc123==", { development: true });
  expect(directive(policy, "script-src")).toContain("'unsafe-eval'");
  expect(directive(policy, "style-src")).toContain("'unsafe-inline'");
});
