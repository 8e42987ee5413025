// The producer of a shared report CSV writes to a file on disk and may run
// QUELLENLAGE_REPORT_CSV_LEAD_MB (default 128) ahead of its furthest reader (lib/reports/csv-share.ts):
// the COPY finishes at database speed and gives back its connection even while the one client
// still reads its first megabyte, instead of moving in step with the readers. With the earlier
// 8-MB lead the COPY of this ~60-MB body waits for the parked reader and this test fails.
// (csv-stream.test.ts and routes.test.ts run with an 8-MB lead: a client that leaves ends the COPY.)
import { dropSharedBodies } from "@/lib/reports/csv-share";
import { draftCsvStream } from "@/lib/reports/stream";
import { runningClaimQueries } from "../../helpers/pg-activity";
import { waitFor } from "../../helpers/processes";
import { setupTestDatabase } from "../../helpers/test-db";
import { reviewedArticle, storeSettings, insertLongClaims } from "./fixtures";

jest.setTimeout(120000);

const db = setupTestDatabase();

afterAll(() => dropSharedBodies());

test("the COPY of a large body runs to its end on disk while the only reader is parked after its first chunk", async () => {
  await storeSettings(db.prisma);
  const { article } = await reviewedArticle(db.prisma);
  // About 60 MB of lines (a long qualifier): far more than an 8-MB lead and the sockets' buffers.
  await insertLongClaims(db.prisma, article.id);
  const reader = (await draftCsvStream(db.prisma, { type: "article", articleId: article.id })).getReader();
  try {
    await reader.read(); // header
    const first = await reader.read();
    expect(first.done).toBe(false);
    // Generous: on a loaded machine the ~60-MB COPY alone may take longer than waitFor's default;
    // with an 8-MB lead it never ends while the reader is parked.
    expect(await waitFor(async () => (await runningClaimQueries(db.url)).length === 0, 60_000)).toBe(true);
    // The rest comes from the file: every claim's line, the last one included.
    let tail = Buffer.alloc(0);
    let lines = 0;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      lines += Buffer.from(chunk.value).toString("latin1").split("\r\n").length - 1;
      tail = Buffer.from(chunk.value);
    }
    expect(lines).toBeGreaterThan(19000);
    expect(tail.toString("utf8")).toContain("bulk");
  } finally {
    await reader.cancel().catch(() => {});
  }
});
