// GET  /api/reports – the archive of final reports, newest first, with every file's SHA-256.
// POST /api/reports – body {article?, from?, to?, outlet?, status?, party?, actor?, claims?}
//      (lib/reports/scope-input.ts; every given filter holds): the final report of the scope's
//      approved claims, stored as an immutable snapshot (201 with its number and hashes).
import { getPrisma } from "@/lib/db/prisma";
import { publicBaseUrl } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { toReportScope } from "@/lib/reports/scope";
import { reportScopeSchema, SCOPE_LABELS, scopeCriteria, type ReportScopeInput } from "@/lib/reports/scope-input";
import { createSnapshot, listSnapshots } from "@/lib/reports/snapshots";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "report:read" }, async () => {
  const reports = await listSnapshots(getPrisma());
  return Response.json({ reports }, { headers: { "Cache-Control": "no-store" } });
});

export const POST = route<ReportScopeInput>(
  { permission: "report:create", body: reportScopeSchema, labels: SCOPE_LABELS },
  async ({ body, request, user }) => {
    const scope = toReportScope(scopeCriteria(body));
    const report = await createSnapshot(getPrisma(), user, scope, { baseUrl: publicBaseUrl(request) });
    return Response.json({ report }, { status: 201 });
  },
);
