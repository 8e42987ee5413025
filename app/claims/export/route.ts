// GET /claims/export?<queue filters> – the filtered queue as CSV (both verdicts side by side).
import { requirePermission } from "@/lib/auth/session";
import { EXPORT_MAX_ROWS, queueCsv } from "@/lib/claims/export-csv";
import { parseQueueFilters } from "@/lib/claims/queue-filters";
import { getPrisma } from "@/lib/db/prisma";
import { apiError } from "@/lib/errors";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await requirePermission("claim:read");
    const url = new URL(request.url);
    const { filters } = parseQueueFilters(url.searchParams);
    // Links in the file point to the public address (NEXTAUTH_URL), not a proxy-internal one.
    const baseUrl = (process.env.NEXTAUTH_URL ?? url.origin).replace(/\/$/, "");
    const { csv, truncated } = await queueCsv(getPrisma(), filters, { baseUrl });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="quellenlage-behauptungen-${day}.csv"`,
        "Cache-Control": "no-store",
        // Tells API clients that the export stopped at the row limit.
        ...(truncated ? { "X-Quellenlage-Truncated": String(EXPORT_MAX_ROWS) } : {}),
      },
    });
  } catch (error) {
    return apiError(error);
  }
}
