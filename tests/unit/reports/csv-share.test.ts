// Shared CSV bodies (lib/reports/csv-share.ts) without a database: a reader close behind the
// producer gets the buffers the producer keeps in memory (no file read, no copy), a reader far
// behind reads the file until it reaches them, and both get exactly the bytes written.
import crypto from "node:crypto";
import { dropSharedBodies, sharedBody, sharedBodyReads } from "@/lib/reports/csv-share";

afterAll(() => dropSharedBodies());

const MB = 1024 * 1024;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

test("a reader close behind reads from memory, one far behind from the file, both the exact bytes", async () => {
  // 40 MB in 64-kB pieces, as the COPY decoder hands them over.
  const written = Array.from({ length: 640 }, () => crypto.randomBytes(64 * 1024));
  const expected = Buffer.concat(written);
  const key = `test-${crypto.randomUUID()}`;
  const { stream: close, writer } = sharedBody(key);
  const { stream: late, writer: none } = sharedBody(key);
  expect(writer).not.toBeNull();
  expect(none).toBeNull();

  const start = sharedBodyReads();
  const producing = (async () => {
    for (const piece of written) await writer!.write(piece);
    await writer!.finish();
  })();
  const closeBytes = await readAll(close);
  await producing;
  const afterClose = sharedBodyReads();
  expect(closeBytes.length).toBe(40 * MB);
  expect(closeBytes.equals(expected)).toBe(true);
  // The close reader followed the producer: (almost) every 1-MB chunk came from memory.
  expect(afterClose.memory - start.memory).toBeGreaterThanOrEqual(35);
  expect(afterClose.file - start.file).toBeLessThanOrEqual(5);

  // The late one starts at 0 with the body finished: the file up to the last 16 MB, then memory.
  const lateBytes = await readAll(late);
  const afterLate = sharedBodyReads();
  expect(lateBytes.equals(expected)).toBe(true);
  expect(afterLate.file - afterClose.file).toBeGreaterThanOrEqual(20);
  expect(afterLate.memory - afterClose.memory).toBeGreaterThanOrEqual(10);
});
