// POST /api/claims/[id]/attribution-verdict – body {version, verdict, originalUrl, correctSource, rationale}.
import { requirePermission } from "@/lib/auth/session";
import { readJsonObject } from "@/lib/claims/read-json";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";
import { saveAttributionVerdict } from "@/lib/reviews/verdicts";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("claim:review");
    const { id } = await params;
    const body = await readJsonObject(request);
    return Response.json({ data: await saveAttributionVerdict(getPrisma(), user, { ...body, claimId: id }) });
  } catch (error) {
    return apiError(error);
  }
}
