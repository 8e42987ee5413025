// GET /api/sources/export?sort=…&dir=… – the source track record (every actor, in the page's
// order) as CSV with the report CSV's conventions (lib/sources/csv.ts).
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";
import { sourcesCsv } from "@/lib/sources/csv";
import { parseSourceOrder, SORT_LABELS } from "@/lib/sources/sort-input";
import { actorRecords, MAX_EXPORT_ACTORS } from "@/lib/sources/track-record";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "sources:read", labels: SORT_LABELS }, async ({ query }) => {
  const order = parseSourceOrder(query);
  const { actors } = await actorRecords(getPrisma(), { ...order, limit: MAX_EXPORT_ACTORS });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(sourcesCsv(actors), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="quellenlage-quellen-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
