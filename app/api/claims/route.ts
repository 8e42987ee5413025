// GET /api/claims – the review queue as JSON, same filters as /claims.
// Invalid parameters are ignored and listed in `notes` (as on the page).
import { requirePermission } from "@/lib/auth/session";
import { listQueue } from "@/lib/claims/queue";
import { encodeCursor, parseQueueFilters } from "@/lib/claims/queue-filters";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("claim:read");
    const { filters, notes } = parseQueueFilters(new URL(request.url).searchParams);
    const page = await listQueue(getPrisma(), filters);
    return Response.json({
      items: page.items,
      counts: page.counts,
      nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
      notes,
    });
  } catch (error) {
    return apiError(error);
  }
}
