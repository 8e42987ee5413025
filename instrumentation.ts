// Next.js instrumentation: runs in the server process. Only the Node.js runtime matters here
// (pino, next-auth and node:http need it; this app has no Edge routes).

/** Once at server start, before the first request. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { installSecurityHeaderSafetyNet } = await import("@/lib/security/response-safety-net");
  installSecurityHeaderSafetyNet();
}

/**
 * Every error that escapes a page, route handler or server action, logged once with the request
 * id (errors that routes and actions catch themselves are logged by lib/errors.ts instead).
 */
export async function onRequestError(...args: Parameters<import("next").Instrumentation.onRequestError>): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("@/lib/http/request-error");
  await reportRequestError(...args);
}
