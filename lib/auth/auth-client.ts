// next-auth's sign-in and sign-out as its browser client (next-auth/react) sends them, without
// that client in the bundle: /login would carry it only for these two requests, and every page
// with the header for signing out. The app has no SessionProvider, so there is no session state
// to update or broadcast afterwards. Client-safe: fetch only.

const AUTH_BASE = "/api/auth";

/** next-auth's CSRF token (its double-submit cookie comes with the same response). */
async function csrfToken(): Promise<string> {
  const response = await fetch(`${AUTH_BASE}/csrf`, { cache: "no-store" });
  const { csrfToken: token } = (await response.json()) as { csrfToken?: unknown };
  if (!response.ok || typeof token !== "string") throw new Error("Kein CSRF-Token");
  return token;
}

function formBody(fields: Record<string, string>): RequestInit {
  return {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  };
}

/**
 * `signIn("credentials", { email, password, callbackUrl, redirect: false })`: the error code
 * next-auth put into the answer's `?error=` (null when the login succeeded). Throws when the
 * server cannot be asked.
 */
export async function signInWithCredentials(
  credentials: { email: string; password: string },
  callbackUrl: string,
): Promise<string | null> {
  const token = await csrfToken();
  const response = await fetch(
    `${AUTH_BASE}/callback/credentials`,
    formBody({ ...credentials, callbackUrl, csrfToken: token, json: "true" }),
  );
  const { url } = (await response.json()) as { url?: unknown };
  if (typeof url !== "string") throw new Error(`Anmeldung: HTTP ${response.status}`);
  return new URL(url, window.location.href).searchParams.get("error");
}

/** `signOut({ redirect: false })`: ends this session (next-auth's signOut event revokes it on the server). */
export async function signOut(): Promise<void> {
  const token = await csrfToken();
  const response = await fetch(`${AUTH_BASE}/signout`, formBody({ csrfToken: token, callbackUrl: "/login", json: "true" }));
  if (!response.ok) throw new Error(`Abmeldung: HTTP ${response.status}`);
}
