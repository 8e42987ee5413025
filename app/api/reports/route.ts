// GET /api/reports – the archive of final reports, newest first, with every file's SHA-256.
import { getPrisma } from "@/lib/db/prisma";
import { route } from "@/lib/http/route";
import { listSnapshots } from "@/lib/reports/snapshots";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "report:read" }, async () => {
  const reports = await listSnapshots(getPrisma());
  return Response.json({ reports }, { headers: { "Cache-Control": "no-store" } });
});
