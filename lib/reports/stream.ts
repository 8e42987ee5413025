// The live (unarchived) CSV of a scope, streamed: one database batch at a time goes to the
// client, so memory stays flat however many claims there are. Every row says "Entwurf".
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { csvHeader, csvRows, type CsvReportInfo } from "./csv";
import { iterateReportClaims, loadRegistryOwners } from "./load";
import type { ReportScope } from "./scope";
import { describeScope } from "./scope-label";

const encoder = new TextEncoder();

export async function draftCsvStream(
  prisma: PrismaClient,
  scope: ReportScope,
  options: { batchSize?: number } = {},
): Promise<ReadableStream<Uint8Array>> {
  // Unknown articles, actors or picked claims are a 404 before the download starts.
  await describeScope(prisma, scope);
  const [settings, owners, head] = await Promise.all([
    loadNewsroomSettings(prisma),
    loadRegistryOwners(prisma),
    prisma.auditChainHead.findUnique({ where: { id: true } }),
  ]);
  const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
  const batches = iterateReportClaims(prisma, scope, {
    approvedOnly: false,
    batchSize: options.batchSize,
    context: { caveatText: settings.caveatText, conflictParties: settings.conflictParties, owners },
  });
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvHeader()));
        return;
      }
      const next = await batches.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(csvRows(next.value, info)));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
