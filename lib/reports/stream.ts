// The live (unarchived) CSV of a scope, streamed: each database row written straight to its CSV
// line (csv-writer.ts), one keyset batch at a time goes to the client when it asks for more, so memory
// stays flat however many claims there are, and a client that goes away stops the reading after
// the batch in flight. Every row says "Entwurf".
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { loadNewsroomSettings } from "@/lib/settings/newsroom";
import { type CsvReportInfo } from "./csv";
import { copyCsvStream } from "./csv-copy";
import { csvRowWriter } from "./csv-writer";
import { batchQuery, loadRegistryOwners, type ClaimRow, type LoadContext, type ReportCursor, type ReportReader } from "./load";
import type { ReportScope } from "./scope";
import { describeScope } from "./scope-label";

/** Rows per query: large enough that round trips do not matter, small enough to stay a few MB. */
export const CSV_BATCH_SIZE = 2000;

/** The CSV text of the scope's rows, one batch (a string of whole lines) at a time. */
export async function* csvBatches(
  db: ReportReader,
  scope: ReportScope,
  options: { approvedOnly: boolean; info: CsvReportInfo; context: LoadContext; batchSize?: number },
): AsyncGenerator<string> {
  const batchSize = options.batchSize ?? CSV_BATCH_SIZE;
  const writeRow = csvRowWriter(options.info, options.context);
  let after: ReportCursor | null = null;
  for (;;) {
    const rows: ClaimRow[] = await db.$queryRaw<ClaimRow[]>(batchQuery(scope, options, after, batchSize));
    if (rows.length === 0) return;
    let text = "";
    for (const row of rows) text += writeRow(row);
    yield text;
    if (rows.length < batchSize) return;
    const last: ClaimRow = rows[rows.length - 1];
    after = { articleId: last.article_id, start: last.start, id: last.id };
  }
}

export async function draftCsvStream(prisma: PrismaClient, scope: ReportScope): Promise<ReadableStream<Uint8Array>> {
  // Unknown articles, actors or picked claims are a 404 before the download starts.
  await describeScope(prisma, scope);
  const [settings, owners, head] = await Promise.all([
    loadNewsroomSettings(prisma),
    loadRegistryOwners(prisma),
    prisma.auditChainHead.findUnique({ where: { id: true } }),
  ]);
  const info: CsvReportInfo = { kind: "draft", snapshotId: null, chainHeadHash: head?.hash ?? "", dataSha256: "" };
  return copyCsvStream(prisma, scope, {
    approvedOnly: false,
    info,
    context: { caveatText: settings.caveatText, conflictParties: settings.conflictParties, owners },
  });
}
