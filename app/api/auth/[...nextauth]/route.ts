// next-auth's endpoints (/api/auth/csrf, /callback/credentials, /session, /signout, …), with
// the public origin configured first and login refusals answered with a telling status.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { LOGIN_ERROR_STATUS } from "@/lib/auth/login-errors";
import { authOptions } from "@/lib/auth/options";
import { configureAuthOrigin } from "@/lib/auth/origin";

const handler = NextAuth(authOptions);

interface Context {
  params: Promise<{ nextauth: string[] }>;
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
  configureAuthOrigin();
  const { nextauth } = await context.params;
  // next-auth's client log relay would write whatever anyone posts into our error log.
  if (nextauth?.[0] === "_log") return new Response(null, { status: 204 });
  const response: Response = await handler(request, context);
  return nextauth?.[0] === "callback" ? withLoginErrorStatus(response) : response;
}

export { handle as GET, handle as POST };
