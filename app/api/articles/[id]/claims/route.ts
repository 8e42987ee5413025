// POST /api/articles/[id]/claims – add a claim the machine missed:
// body {start, end, valueText, value, what, actorName, party, official}.
import { requirePermission } from "@/lib/auth/session";
import { addClaim } from "@/lib/claims/add-claim";
import { readJsonObject } from "@/lib/claims/read-json";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  try {
    const user = await requirePermission("claim:correct");
    const { id } = await params;
    const body = await readJsonObject(request);
    return Response.json({ data: await addClaim(getPrisma(), user, { ...body, articleId: id }) }, { status: 201 });
  } catch (error) {
    return apiError(error);
  }
}
