// The producer of a shared report CSV writes to a file on disk and may run
// QUELLENLAGE_REPORT_CSV_LEAD_MB (default 128) ahead of its furthest reader (lib/reports/csv-share.ts):
// the COPY finishes at database speed and gives back its connection even while the one client
// still reads its first megabyte, instead of moving in step with the readers. Here the lead is 32 MB
// and the body ~21 MB – the mechanism is the same as with the default, at a third of the CPU the
// earlier 60-MB body cost; with the earlier 8-MB lead the COPY waits for the parked reader and
// this test fails. (csv-stream.test.ts and routes.test.ts run with an 8-MB lead: a client that
// leaves ends the COPY.)
import { dropSharedBodies } from "@/lib/reports/csv-share";
import { draftCsvStream } from "@/lib/reports/stream";
import { runningClaimQueries } from "../../helpers/pg-activity";
import { waitFor } from "../../helpers/processes";
import { setupTestDatabase } from "../../helpers/test-db";
import { reviewedArticle, storeSettings, insertLongClaims } from "./fixtures";

jest.setTimeout(120000);
process.env.QUELLENLAGE_REPORT_CSV_LEAD_MB = "32";
/** Long claims (~3 KB of line each): ~21 MB, beyond an 8-MB lead, the reader's chunks and the sockets' buffers. */
const LONG_CLAIMS = 7_000;

const db = setupTestDatabase();

afterAll(() => dropSharedBodies());

test("the COPY of a large body runs to its end on disk while the only reader is parked after its first chunk", async () => {
  await storeSettings(db.prisma);
  const { article } = await reviewedArticle(db.prisma);
  await insertLongClaims(db.prisma, article.id, LONG_CLAIMS);
  const reader = (await draftCsvStream(db.prisma, { type: "article", articleId: article.id })).getReader();
  // Counted by their line feeds: a chunk may end between a line's CR and LF.
  const linesOf = (chunk: Uint8Array) => chunk.reduce((count, byte) => count + Number(byte === 0x0a), 0);
  try {
    const first = await reader.read(); // the header and the first lines
    expect(first.done).toBe(false);
    let lines = linesOf(first.value!);
    // Generous: on a loaded machine the COPY alone may take longer than waitFor's default;
    // with an 8-MB lead it never ends while the reader is parked.
    expect(await waitFor(async () => (await runningClaimQueries(db.url)).length === 0, 60_000)).toBe(true);
    // The rest comes from the file: every claim's line, the last one included.
    let tail = Buffer.alloc(0);
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      lines += linesOf(chunk.value);
      tail = Buffer.from(chunk.value);
    }
    expect(lines).toBeGreaterThan(LONG_CLAIMS);
    expect(tail.toString("utf8")).toContain("bulk");
  } finally {
    await reader.cancel().catch(() => {});
  }
});
