// POST handler of the claim JSON routes (verdicts, corrections, added claims): the shared
// route wrapper does permission, same-origin + JSON checks, path id and bad characters; the
// domain function validates the fields with the same zod schemas as the forms.
import type { SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { getPrisma } from "@/lib/db/prisma";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { route } from "@/lib/http/route";

type DomainWrite = (prisma: PrismaClient, user: SessionUser, input: Record<string, unknown>) => Promise<unknown>;

/**
 * POST /api/…/[id]/…: checks `permission` itself, hands the JSON object with the path id as
 * `idKey` (a body id never wins) to `write` and answers {data} with `status`.
 */
export function postJsonRoute(
  permission: Permission,
  idKey: string,
  write: DomainWrite,
  options: { status?: number; labels?: Record<string, string> } = {},
) {
  const status = options.status ?? 200;
  return route({ permission, pathId: idKey, labels: options.labels }, async ({ user, body }) =>
    Response.json({ data: await write(getPrisma(), user, body) }, { status }),
  );
}
