// GET /claims/export?<queue filters> – the filtered queue as CSV (both verdicts side by side), streamed.
import { EXPORT_MAX_ROWS, queueCsvStream } from "@/lib/claims/export-csv";
import { FILTER_LABELS, parseQueueFilters } from "@/lib/claims/queue-filters";
import { getPrisma } from "@/lib/db/prisma";
import { publicBaseUrl } from "@/lib/http/origin";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "claim:read", labels: FILTER_LABELS }, async ({ request, query }) => {
  const { filters } = parseQueueFilters(query);
  // Links in the file must work for whoever opens it: the public address (QUELLENLAGE_PUBLIC_URL),
  // else the address the client used – never the server's bound address or NEXTAUTH_URL.
  const { stream, truncated } = await queueCsvStream(getPrisma(), filters, { baseUrl: publicBaseUrl(request) });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="quellenlage-behauptungen-${day}.csv"`,
      "Cache-Control": "no-store",
      // Tells API clients that the export stopped at the row limit.
      ...(truncated ? { "X-Quellenlage-Truncated": String(EXPORT_MAX_ROWS) } : {}),
    },
  });
});
