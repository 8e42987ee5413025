// Errors that escape a page, route handler or server action reach instrumentation.ts's
// onRequestError, which logs them here: once, with the request id proxy.ts assigned, the route,
// the user (when a session cookie is present) and Next.js's digest, which the German error page
// shows as "Fehlerkennung". An unreachable database is an outage, not a bug: one warning line.
import { getToken } from "next-auth/jwt";
import { isDatabaseUnavailable } from "@/lib/errors";
import { logger, logUnexpectedError, REQUEST_ID_HEADER } from "@/lib/log";

type HeaderMap = Readonly<Record<string, string | string[] | undefined>>;

export interface FailedRequest {
  path: string;
  method: string;
  headers: HeaderMap;
}

export interface FailedRoute {
  routePath: string;
  routeType: string;
}

function header(headers: HeaderMap, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Next.js's digest of a render error: the id the error page shows. */
export function digestOf(error: unknown): string | undefined {
  const digest = typeof error === "object" && error !== null ? (error as { digest?: unknown }).digest : undefined;
  return typeof digest === "string" ? digest : undefined;
}

function parseCookies(cookieHeader: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const pair of (cookieHeader ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator > 0) cookies[pair.slice(0, separator).trim()] = pair.slice(separator + 1).trim();
  }
  return cookies;
}

/** The signed-in user's id from the session cookie, without touching the database; undefined if none. */
async function sessionUserId(cookieHeader: string | undefined): Promise<string | undefined> {
  if (!cookieHeader?.includes("next-auth.session-token")) return undefined;
  try {
    const token = await getToken({
      req: { cookies: parseCookies(cookieHeader), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"],
      secret: process.env.NEXTAUTH_SECRET,
    });
    return typeof token?.sub === "string" ? token.sub : undefined;
  } catch {
    return undefined;
  }
}

export async function reportRequestError(error: unknown, request: FailedRequest, route: FailedRoute): Promise<void> {
  const context = {
    requestId: header(request.headers, REQUEST_ID_HEADER),
    route: route.routePath,
    routeType: route.routeType,
    method: request.method,
    path: request.path.split("?")[0],
    digest: digestOf(error),
  };
  if (isDatabaseUnavailable(error)) {
    logger().warn({ ...context, code: "DB_UNAVAILABLE" }, "Datenbank nicht erreichbar");
    return;
  }
  logUnexpectedError(error, { ...context, userId: await sessionUserId(header(request.headers, "cookie")) });
}
