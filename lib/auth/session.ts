import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db/prisma";
import { authOptions } from "./options";
import { can, type Permission } from "./permissions";
import { PermissionError } from "./session-errors";
import { liveSessionUser, type SessionUser } from "./sessions";

export type { SessionUser };
export { PermissionError };

/**
 * The signed-in user: the cookie's server-side session must be live (not logged out or
 * revoked, not expired, user active), checked in one query on every call, so logout,
 * deactivation and role changes take effect at once instead of when the JWT expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const ids = await sessionIds();
  if (!ids) return null;
  return liveSessionUser(getPrisma(), ids.sid, ids.sub);
}

/** The id of the caller's server-side session (for "überall abmelden" and logout), or null. */
export async function currentSessionId(): Promise<string | null> {
  return (await sessionIds())?.sid ?? null;
}

const SESSION_COOKIE = "next-auth.session-token";
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;
const TOKEN_CACHE_SIZE = 1000;

interface SessionIds {
  /** The user id (the JWT's sub). */
  sub: string;
  /** The user_sessions row (the JWT's sid). */
  sid: string;
  /** The JWT's expiry in ms. */
  exp: number;
}

/**
 * Decrypted session cookies (exact cookie value → user and session id, until the token's
 * exp). Decrypting costs an HKDF key derivation plus the JWE decryption on every request; the
 * cookie value only changes when next-auth issues a new token. Only the ids are cached: the
 * session row and the user are still checked on every request (see currentUser), so logout,
 * revocation, deactivation and role changes still apply at once.
 */
const tokenCache = new Map<string, SessionIds>();

/**
 * The ids from the session cookie, as getServerSession(authOptions) would decrypt them, but
 * only decrypting the cookie: getServerSession runs next-auth's whole session endpoint per call
 * (options, CSRF token, callbacks, and a re-encrypted token that a server component cannot even
 * set). Same cookie names and chunking rules as next-auth; no Authorization header
 * (getServerSession ignores it too); expired, foreign or pre-session tokens give null.
 */
async function sessionIds(): Promise<SessionIds | null> {
  const store = await cookies();
  const all = store.getAll();
  // The session cookie (next-auth.session-token, __Secure- prefixed, chunked as .0, .1, …)
  // as cache key. No session cookie: no token (getToken would find none either).
  const key = all
    .filter((c) => c.name.includes(SESSION_COOKIE))
    .map((c) => `${c.name}=${c.value}`)
    .sort()
    .join(";");
  if (key === "") return null;
  const cached = tokenCache.get(key);
  if (cached) {
    if (cached.exp > Date.now()) return cached;
    tokenCache.delete(key);
  }
  const token = await getToken({
    // getToken reads only req.cookies (chunked cookies included) and req.headers.authorization.
    req: { cookies: Object.fromEntries(all.map((c) => [c.name, c.value])), headers: {} } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: authOptions.secret,
    // next-auth names the cookie __Secure-… when the public address is https; getToken would
    // guess the name from NEXTAUTH_URL alone, which need not be set.
    secureCookie: all.some((c) => c.name.startsWith(SECURE_SESSION_COOKIE)),
  });
  if (typeof token?.sub !== "string" || typeof token.sid !== "string" || typeof token.exp !== "number") return null;
  const ids = { sub: token.sub, sid: token.sid, exp: token.exp * 1000 };
  if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value!);
  tokenCache.set(key, ids);
  return ids;
}

/** For pages: anonymous visitors go to the login page, missing permission is an error page. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  return requireLoadedPagePermission(await currentUser(), permission);
}

/** The ids of the cookie's session, for liveSessionQuery. */
export interface PageSession {
  sessionId: string;
  userId: string;
}

/**
 * For a page that checks the session in its own first statement (liveSessionQuery in its FROM,
 * so the check is no round trip of its own): the cookie's session ids, or the login page without
 * a session cookie. The page then passes the user its statement read to requireLoadedPagePermission
 * before it uses anything else it read.
 */
export async function pageSession(): Promise<PageSession> {
  const ids = await sessionIds();
  if (!ids) redirect("/login");
  return { sessionId: ids.sid, userId: ids.sub };
}

/** requirePagePermission for the user a page read with liveSessionQuery (null: no live session). */
export function requireLoadedPagePermission(user: SessionUser | null, permission: Permission): SessionUser {
  if (!user) redirect("/login");
  if (!can(user.role, permission)) redirect("/keine-berechtigung");
  return user;
}

/** For server actions and API routes: returns the user or throws a typed error. */
export async function requirePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new PermissionError("Bitte zuerst anmelden.", true);
  if (!can(user.role, permission)) throw new PermissionError();
  return user;
}
