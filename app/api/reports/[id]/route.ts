// GET /api/reports/[id]?format=pdf|md|csv|json|jsonld – a final report's stored bytes (the same
// every time, SHA-256 in X-Quellenlage-Sha256); without format its description with the hashes.
import { getPrisma } from "@/lib/db/prisma";
import { DomainError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { downloadResponse, parseFormat, REPORT_LABELS } from "@/lib/reports/http";
import { findSnapshot, SNAPSHOT_NOT_FOUND_MESSAGE, snapshotFile } from "@/lib/reports/snapshots";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "report:read", pathId: "reportId", labels: REPORT_LABELS }, async ({ id, query }) => {
  const prisma = getPrisma();
  if (!query.has("format")) {
    const report = await findSnapshot(prisma, id!);
    if (!report) throw new DomainError("NOT_FOUND", SNAPSHOT_NOT_FOUND_MESSAGE);
    return Response.json({ report }, { headers: { "Cache-Control": "no-store" } });
  }
  const format = parseFormat(query);
  const file = await snapshotFile(prisma, id!, format);
  return downloadResponse(new Uint8Array(file.content), {
    mediaType: file.mediaType,
    fileName: `pruefbericht-${file.snapshotId}.${format}`,
    sha256: file.sha256,
  });
});
