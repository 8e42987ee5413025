// The live (unarchived) CSV of a scope, streamed: PostgreSQL writes the lines (csv-copy.ts), so
// memory stays flat however many claims there are, and a client that goes away ends the COPY.
// Every row says "Entwurf".
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import type { CsvReportInfo } from "./csv";
import { copyCsvStream } from "./csv-copy";
import { loadRegistryOwners } from "./load";
import type { ReportScope } from "./scope";
import { describeScope } from "./scope-label";

export async function draftCsvStream(prisma: PrismaClient, scope: ReportScope): Promise<ReadableStream<Uint8Array>> {
  // Unknown articles, actors or picked claims are a 404 before the download starts.
  await describeScope(prisma, scope);
  const [settings, owners, head] = await Promise.all([
    loadNewsroomSettings(prisma),
    loadRegistryOwners(prisma),
    // findFirst, not findUnique: Prisma batches concurrent findUnique calls into one `id IN (…)`,
    // which it cannot build for a Boolean key – two exports at once failed (see newsroom.ts).
    prisma.auditChainHead.findFirst({ where: { id: true } }),
  ]);
  const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
  return copyCsvStream(prisma, scope, {
    approvedOnly: false,
    info,
    context: { caveatText: settings.caveatText, conflictParties: settings.conflictParties, owners },
  });
}
