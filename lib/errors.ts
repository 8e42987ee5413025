// Expected errors of the domain: typed, with a German message an editor can act
// on. Everything else is logged on the server and shown as a generic message.
import { PermissionError } from "@/lib/auth/session-errors";
import { DB_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE } from "@/lib/error-messages";
import { logUnexpectedError, type ErrorContext } from "@/lib/log";

export type DomainErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "CONFLICT"
  | "DUPLICATE"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "TOO_LARGE"
  | "UNSUPPORTED_MEDIA_TYPE"
  | "THROTTLED"
  | "DB_UNAVAILABLE";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    /** Extra data for the UI, e.g. the other editor's verdict on a CONFLICT. */
    public readonly details?: unknown,
    /** Per-field messages for forms (react-hook-form's setError). */
    public readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: DomainErrorCode | "INTERNAL"; message: string; details?: unknown; fieldErrors?: Record<string, string> };

// The messages live in a client-safe module: this one imports the logger (pino, node:crypto),
// which must not end up in a browser bundle.
export { DB_UNAVAILABLE_MESSAGE, INTERNAL_ERROR_MESSAGE } from "@/lib/error-messages";

/** Error codes (Node, PostgreSQL SQLSTATE, Prisma) that mean "the database cannot be reached right now". */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up)
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
  "DB_UNAVAILABLE", // lib/db/prisma.ts's DatabaseUnavailableError
]);
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNREACHABLE_MESSAGES =
  /Connection terminated|connect ECONNREFUSED|Can't reach database|timeout exceeded when trying to connect/i;

/**
 * True when the error (or one of its causes) says the database is down or unreachable. Prisma 7
 * with @prisma/adapter-pg keeps the driver's finding in `meta.driverAdapterError.cause` (e.g.
 * SQLSTATE 57P01 when the server shuts down, under a generic P2010), so that chain is followed too.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === "object"; depth++) {
    const candidate = current as {
      code?: unknown;
      kind?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof candidate.code === "string" && UNREACHABLE_CODES.has(candidate.code)) return true;
    if (typeof candidate.originalCode === "string" && UNREACHABLE_CODES.has(candidate.originalCode)) return true;
    if (typeof candidate.kind === "string" && UNREACHABLE_KINDS.has(candidate.kind)) return true;
    if (typeof candidate.message === "string" && UNREACHABLE_MESSAGES.test(candidate.message)) return true;
    current = candidate.cause ?? candidate.meta?.driverAdapterError;
  }
  return false;
}

/**
 * Maps any thrown value to a result a client may see; unexpected errors are logged once (with the
 * request id, route and user in `context`) and answered with the request id, never the error itself.
 */
export function toActionError(error: unknown, context: ErrorContext = {}): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof DomainError) {
    return { ok: false, code: error.code, message: error.message, details: error.details, fieldErrors: error.fieldErrors };
  }
  if (error instanceof PermissionError) {
    return { ok: false, code: error.anonymous ? "UNAUTHENTICATED" : "FORBIDDEN", message: error.message };
  }
  if (isDatabaseUnavailable(error)) {
    return { ok: false, code: "DB_UNAVAILABLE", message: DB_UNAVAILABLE_MESSAGE };
  }
  logUnexpectedError(error, context);
  const reference = context.requestId ? ` (Fehlerkennung ${context.requestId})` : "";
  return {
    ok: false,
    code: "INTERNAL",
    message: `${INTERNAL_ERROR_MESSAGE}${reference}`,
    details: { requestId: context.requestId },
  };
}

/** Runs a server action body and turns errors into an ActionResult. */
export async function runAction<T>(fn: () => Promise<T>, context: ErrorContext = {}): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return toActionError(error, context);
  }
}

export const HTTP_STATUS: Record<DomainErrorCode | "INTERNAL", number> = {
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  THROTTLED: 429,
  DB_UNAVAILABLE: 503,
  INTERNAL: 500,
};

/** JSON error response for API routes: {error: {code, message, details?, fieldErrors?}}. */
export function apiError(error: unknown, context: ErrorContext = {}): Response {
  const result = toActionError(error, context);
  const { ok: _ok, ...body } = result;
  const headers: Record<string, string> = result.code === "DB_UNAVAILABLE" ? { "Retry-After": "5" } : {};
  return Response.json({ error: body }, { status: HTTP_STATUS[result.code], headers });
}
