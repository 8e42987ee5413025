import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db/prisma";
import { authOptions } from "./options";
import { can, type Permission, type Role } from "./permissions";
import { PermissionError } from "./session-errors";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export { PermissionError };

/**
 * The signed-in user, re-read from the database so that a deactivated account or a
 * changed role takes effect at once instead of when the JWT expires.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const id = await sessionUserId();
  if (!id) return null;
  const user = await getPrisma().user.findUnique({ where: { id } });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

const SESSION_COOKIE = "next-auth.session-token";
const TOKEN_CACHE_SIZE = 1000;
/**
 * Decrypted session cookies (exact cookie value → user id, until the token's exp). Decrypting
 * costs an HKDF key derivation plus the JWE decryption on every request; the cookie value only
 * changes when next-auth issues a new token. Only the id is cached: the user row is still read
 * on every request (see currentUser), so deactivation and role changes still apply at once.
 */
const tokenCache = new Map<string, { sub: string; exp: number }>();

/**
 * The user id from the session cookie. What getServerSession(authOptions) yields as
 * session.user.id (the JWT's sub, see the session callback), but only decrypting the
 * cookie: getServerSession runs next-auth's whole session endpoint per call (options,
 * CSRF token, callbacks, and a re-encrypted token that a server component cannot even
 * set). Same cookie name and chunking rules as next-auth; no Authorization header
 * (getServerSession ignores it too); expired or foreign tokens give null.
 */
async function sessionUserId(): Promise<string | null> {
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
    if (cached.exp > Date.now()) return cached.sub;
    tokenCache.delete(key);
  }
  const token = await getToken({
    // getToken reads only req.cookies (chunked cookies included) and req.headers.authorization.
    req: { cookies: Object.fromEntries(all.map((c) => [c.name, c.value])), headers: {} } as unknown as Parameters<
      typeof getToken
    >[0]["req"],
    secret: authOptions.secret,
  });
  const sub = typeof token?.sub === "string" && token.sub !== "" ? token.sub : null;
  if (sub && typeof token?.exp === "number") {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.delete(tokenCache.keys().next().value!);
    tokenCache.set(key, { sub, exp: token.exp * 1000 });
  }
  return sub;
}

/** For pages: anonymous visitors go to the login page, missing permission is an error page. */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await currentUser();
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
