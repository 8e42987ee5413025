// Request body and POST handler of the claim JSON routes: a JSON object, otherwise VALIDATION.
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/prisma";
import { apiError, DomainError } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";

export async function readJsonObject(request: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new DomainError("VALIDATION", "Der Inhalt der Anfrage ist kein gültiges JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("VALIDATION", "Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
  }
  return body as Record<string, unknown>;
}

type Handler = (prisma: PrismaClient, user: SessionUser, input: Record<string, unknown>) => Promise<unknown>;

/**
 * POST handler of a JSON route on /api/…/[id]: checks `permission` itself, reads the JSON
 * object, adds the path id as `idKey` and answers {data} — or the typed error via apiError.
 * Each route names its own permission, so no route relies on another's check.
 */
export function postJsonRoute(permission: Permission, idKey: string, handler: Handler, status = 200) {
  return async (request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> => {
    try {
      const user = await requirePermission(permission);
      const { id } = await params;
      const body = await readJsonObject(request);
      return Response.json({ data: await handler(getPrisma(), user, { ...body, [idKey]: id }) }, { status });
    } catch (error) {
      return apiError(error);
    }
  };
}
