// POST /api/claims/[id]/corrections – body {version, kind: "ACTOR_PARTY", actorName, party, official}
// or {version, kind: "NOT_A_CLAIM", notAClaim}.
import { requirePermission } from "@/lib/auth/session";
import { correctClaim } from "@/lib/claims/corrections";
import { readJsonObject } from "@/lib/claims/read-json";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("claim:correct");
    const { id } = await params;
    const body = await readJsonObject(request);
    return Response.json({ data: await correctClaim(getPrisma(), user, { ...body, claimId: id }) });
  } catch (error) {
    return apiError(error);
  }
}
