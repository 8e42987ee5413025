// GET /api/claims – the review queue as JSON, same filters as /claims. Invalid parameters
// are ignored and listed in `notes` (as on the page); characters PostgreSQL cannot store are a 400.
import { listQueue } from "@/lib/claims/queue";
import { encodeCursor, FILTER_LABELS, parseQueueFilters } from "@/lib/claims/queue-filters";
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "claim:read", labels: FILTER_LABELS }, async ({ query }) => {
  const { filters, notes } = parseQueueFilters(query);
  const page = await listQueue(getPrisma(), filters);
  return Response.json({
    items: page.items,
    counts: page.counts,
    // Under a search the counts stop at countLimit; a count above it means "more than countLimit".
    countLimit: page.countLimit,
    nextCursor: page.nextCursor ? encodeCursor(page.nextCursor) : null,
    prevCursor: page.prevCursor ? encodeCursor(page.prevCursor) : null,
    notes,
  });
});
