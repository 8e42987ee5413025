// next-auth's endpoints (/api/auth/csrf, /callback/credentials, /session, /signout, …), with the
// public origin configured first, callbackUrl made safe before next-auth sees it, and login
// refusals answered with a telling status.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LOGIN_ERROR_STATUS } from "@/lib/auth/login-errors";
import { authOptions } from "@/lib/auth/options";
import { configureAuthOrigin } from "@/lib/auth/origin";
import { apiError, DomainError } from "@/lib/errors";

const handler = NextAuth(authOptions);

interface Context {
  params: Promise<{ nextauth: string[] }>;
}

/**
 * next-auth rejects a `?callbackUrl=` that is no http(s) URL as a configuration error (500)
 * before any callback runs; our redirect callback would only have sent it to /articles anyway.
 */
async function withSafeCallbackQuery(request: NextRequest): Promise<NextRequest> {
  const raw = request.nextUrl.searchParams.get("callbackUrl");
  if (raw === null) return request;
  const safe = safeCallbackPath(raw);
  if (safe === raw) return request;
  const url = request.nextUrl.clone();
  url.searchParams.set("callbackUrl", safe);
  const body = request.method === "POST" ? await request.text() : undefined;
  return new NextRequest(url, { method: request.method, headers: request.headers, body });
}

/**
 * next-auth answers every refused credentials login with 401 and `{url: …?error=<code>}`;
 * API clients get 429 for THROTTLED and 503 for DB_UNAVAILABLE instead (same body).
 */
async function withLoginErrorStatus(response: Response): Promise<Response> {
  if (response.status !== 401 || !response.headers.get("content-type")?.includes("application/json")) return response;
  const body = await response.text();
  let code: string | null = null;
  try {
    code = new URL((JSON.parse(body) as { url: string }).url).searchParams.get("error");
  } catch {
    // not next-auth's {url} body: keep the response as it is
  }
  const status = code ? LOGIN_ERROR_STATUS[code] : undefined;
  return new Response(body, { status: status ?? response.status, headers: response.headers });
}

async function handle(request: NextRequest, context: Context): Promise<Response> {
  const action = (await context.params).nextauth?.[0];
  try {
    configureAuthOrigin();
    // next-auth's client log relay would write whatever anyone posts into our error log.
    if (action === "_log") return new Response(null, { status: 204 });
    const response: Response = await handler(await withSafeCallbackQuery(request), context);
    return action === "callback" ? await withLoginErrorStatus(response) : response;
  } catch (error) {
    // next-auth parses a JSON body itself and throws on a broken one.
    if (error instanceof SyntaxError) {
      return apiError(new DomainError("VALIDATION", "Die Anfrage enthält kein gültiges JSON."));
    }
    return apiError(error, { route: `/api/auth/${action ?? ""}` });
  }
}

export { handle as GET, handle as POST };
