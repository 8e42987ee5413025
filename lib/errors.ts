// Expected errors of the domain: typed, with a German message an editor can act
// on. Everything else is logged on the server and shown as a generic message.
import { PermissionError } from "@/lib/auth/session-errors";

export type DomainErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "CONFLICT"
  | "DUPLICATE"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "TOO_LARGE";

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

export const INTERNAL_ERROR_MESSAGE = "Ein unerwarteter Fehler ist aufgetreten. Bitte erneut versuchen; bleibt er, die Technik informieren.";

/** Maps any thrown value to a result a client may see; unexpected errors are logged, not shown. */
export function toActionError(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof DomainError) {
    return { ok: false, code: error.code, message: error.message, details: error.details, fieldErrors: error.fieldErrors };
  }
  if (error instanceof PermissionError) {
    return { ok: false, code: error.anonymous ? "UNAUTHENTICATED" : "FORBIDDEN", message: error.message };
  }
  console.error(error);
  return { ok: false, code: "INTERNAL", message: INTERNAL_ERROR_MESSAGE };
}

/** Runs a server action body and turns errors into an ActionResult. */
export async function runAction<T>(fn: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await fn() };
  } catch (error) {
    return toActionError(error);
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
  INTERNAL: 500,
};

/** JSON error response for API routes: {error: {code, message, details?, fieldErrors?}}. */
export function apiError(error: unknown): Response {
  const result = toActionError(error);
  const { ok: _ok, ...body } = result;
  return Response.json({ error: body }, { status: HTTP_STATUS[result.code] });
}
