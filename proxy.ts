// Runs before every page, route handler and server action (Next.js 16's renamed middleware,
// Node.js runtime): gives the request an id for the logs and a nonce for the
// Content-Security-Policy. Both travel to the handlers as request headers (Next.js reads the
// nonce from the request's CSP header and puts it on its own scripts) and back in the response.
// The other security headers come from next.config.js, which also covers /_next/static.
import { NextResponse, type NextRequest } from "next/server";
import { undecodablePathResponse } from "@/lib/http/undecodable-path";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log";
import { contentSecurityPolicy, newNonce } from "@/lib/security/headers";

export function proxy(request: NextRequest): Response {
  const requestId = newRequestId();
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  // Next.js's route matcher fails with a bare 500 on a path it cannot decode: answer 400 first.
  const undecodable = undecodablePathResponse(request.nextUrl.pathname);
  if (undecodable) {
    undecodable.headers.set(REQUEST_ID_HEADER, requestId);
    undecodable.headers.set("Content-Security-Policy", policy);
    return undecodable;
  }
  const forwarded = new Headers(request.headers);
  // Always our own id: a client-supplied one could impersonate another request in the logs.
  forwarded.set(REQUEST_ID_HEADER, requestId);
  forwarded.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Build output is static and carries its headers from next.config.js.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
