// The one wrapper for route handlers (in the spirit of Dub's withWorkspace): every API route
// and the CSV export go through it, so none can forget a check. In this order:
//   request id → permission (401/403) → for state-changing methods: same-origin (403) and
//   Content-Type application/json (415), before the body is read → path id, query parameters,
//   JSON body (400 with a German field message; 413 over-size) → handler.
// Errors are mapped by apiError with {requestId, route, userId}: expected ones as typed JSON,
// unexpected ones logged once, an unreachable database as 503.
import type { z } from "zod";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { parseInput } from "@/lib/claims/validate";
import { apiError, DomainError } from "@/lib/errors";
import { newRequestId, REQUEST_ID_HEADER } from "@/lib/log";
import { DEFAULT_JSON_BODY_LIMIT, readJsonObject } from "./json-body";
import { isSameOriginRequest } from "./origin";
import { rejectBadCharacters } from "./reject-bad-characters";
import { badCharacterMessage, findBadCharacter } from "./safe-text";
import { fieldLabel } from "./field-labels";

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** Body keys that name a record: the record a route works on comes from the path, never from here. */
const ID_KEYS = ["id", "claimId", "articleId"] as const;

/** Ids are cuids; anything else in the path cannot name a record of ours. */
const PATH_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const CROSS_SITE_MESSAGE =
  "Anfrage abgelehnt: Sie kam nicht von einer Seite von Quellenlage. Bitte die Aktion in Quellenlage selbst ausführen; " +
  "Programme senden dazu den Header Origin mit der Adresse von Quellenlage.";
export const JSON_ONLY_MESSAGE = "Bitte die Daten als JSON senden (Content-Type: application/json).";

type Params = Record<string, string | string[] | undefined>;

export interface RouteOptions<Body> {
  /** Checked on every request (lib/auth/permissions.ts), before anything else is read. */
  permission: Permission;
  /** The handler gets the path parameter `id` under this name, e.g. "claimId". */
  pathId?: string;
  /** German names of route-specific fields and query parameters, for messages. */
  labels?: Record<string, string>;
  /** Validates the JSON body (after the bad-character scan); without it the handler gets the object. */
  body?: z.ZodType<Body>;
  /** Body size cap and its error (default 1 MB, generic message). */
  bodyLimit?: { bytes: () => number; tooLarge?: () => DomainError };
}

export interface RouteContext<Body> {
  request: Request;
  requestId: string;
  user: SessionUser;
  /** The path id (validated), when the route has one. */
  id: string | undefined;
  /** Query parameters (free of bad characters). */
  query: URLSearchParams;
  /** The JSON body of a state-changing request, id keys removed, `pathId` set from the path. */
  body: Body;
}

type Handler<Body> = (context: RouteContext<Body>) => Promise<Response>;

function requestIdOf(request: Request): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  // The id ends up in logs and on error pages: only accept what we would generate ourselves.
  return given && /^[A-Za-z0-9_-]{1,64}$/.test(given) ? given : newRequestId();
}

function validationError(field: string, message: string): DomainError {
  return new DomainError("VALIDATION", message, undefined, { [field]: message });
}

function checkSameOriginJson(request: Request): void {
  if (!isSameOriginRequest(request)) throw new DomainError("FORBIDDEN", CROSS_SITE_MESSAGE);
  const mediaType = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== "application/json") throw new DomainError("UNSUPPORTED_MEDIA_TYPE", JSON_ONLY_MESSAGE);
}

function checkPathId(raw: string | string[] | undefined, labels: Record<string, string>): string {
  const id = typeof raw === "string" ? raw : "";
  const kind = findBadCharacter(id);
  if (kind) throw validationError("id", badCharacterMessage(fieldLabel(["id"], labels), kind));
  if (!PATH_ID.test(id)) throw validationError("id", "Die Kennung in der Adresse ist ungültig.");
  return id;
}

function checkQuery(query: URLSearchParams, labels: Record<string, string>): void {
  for (const [key, value] of query) rejectBadCharacters({ [key]: value }, labels);
}

async function readBody<Body>(request: Request, options: RouteOptions<Body>, id: string | undefined): Promise<Body> {
  const labels = options.labels ?? {};
  const raw = await readJsonObject(request, {
    limitBytes: options.bodyLimit?.bytes() ?? DEFAULT_JSON_BODY_LIMIT,
    tooLarge: options.bodyLimit?.tooLarge,
  });
  rejectBadCharacters(raw, labels);
  const fields: Record<string, unknown> = { ...raw };
  for (const key of ID_KEYS) delete fields[key];
  if (options.pathId && id !== undefined) fields[options.pathId] = id;
  return options.body ? parseInput(options.body, fields) : (fields as Body);
}

/**
 * Wraps a route handler: `export const POST = route({ permission: "claim:review", pathId: "claimId" }, handler)`.
 * The handler returns its Response; everything thrown becomes apiError's typed JSON.
 */
export function route<Body = Record<string, unknown>>(options: RouteOptions<Body>, handler: Handler<Body>) {
  return async (request: Request, segment: { params: Promise<Params> }): Promise<Response> => {
    const requestId = requestIdOf(request);
    const url = new URL(request.url);
    const routeName = `${request.method} ${url.pathname}`;
    let user: SessionUser | undefined;
    let response: Response;
    try {
      user = await requirePermission(options.permission);
      const changing = STATE_CHANGING.has(request.method);
      if (changing) checkSameOriginJson(request);
      const labels = options.labels ?? {};
      const id = options.pathId ? checkPathId((await segment.params).id, labels) : undefined;
      checkQuery(url.searchParams, labels);
      const body = changing ? await readBody(request, options, id) : (undefined as Body);
      response = await handler({ request, requestId, user, id, query: url.searchParams, body });
    } catch (error) {
      response = apiError(error, { requestId, route: routeName, userId: user?.id });
    }
    try {
      response.headers.set(REQUEST_ID_HEADER, requestId);
    } catch {
      // Redirect responses have immutable headers; proxy.ts sets the id on those.
    }
    return response;
  };
}
