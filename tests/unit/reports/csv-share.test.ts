import crypto from "node:crypto";
import fs from "node:fs";
import { CSV_BODY_DIR_PREFIX, dropSharedBodies, sharedBody } from "@/lib/reports/csv-share";

const MB = 1024 * 1024;

afterAll(() => dropSharedBodies());

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const parts: Buffer[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) parts.push(Buffer.from(next.value));
  return Buffer.concat(parts);
}

/** A new body under a fresh key, written in 100-KB pieces and finished; its producer's stream. */
async function producedBody(bytes: Buffer): Promise<{ key: string; own: ReadableStream<Uint8Array> }> {
  const key = crypto.randomUUID();
  const { stream, writer } = sharedBody(key);
  if (!writer) throw new Error("expected a new body");
  for (let at = 0; at < bytes.length; at += 100 * 1024) await writer.write(bytes.subarray(at, at + 100 * 1024));
  await writer.finish();
  return { key, own: stream };
}

describe("shared CSV bodies", () => {
  it("gives the producer's stream, a reader attached meanwhile and a later one the written bytes", async () => {
    const bytes = crypto.randomBytes(3.5 * MB);
    const { key, own } = await producedBody(bytes);
    const other = sharedBody(key);
    expect(other.writer).toBeNull();
    const [first, second] = await Promise.all([readAll(own), readAll(other.stream)]);
    expect(first.equals(bytes)).toBe(true);
    expect(second.equals(bytes)).toBe(true);
    const later = sharedBody(key);
    expect(later.writer).toBeNull();
    expect((await readAll(later.stream)).equals(bytes)).toBe(true);
  });

  it("closes the body's file when its only reader leaves before the end and the producer is stopped", async () => {
    const { stream, writer } = sharedBody(crypto.randomUUID());
    if (!writer) throw new Error("expected a new body");
    const aborted = new Promise<void>((resolve) => writer.onAbort(resolve));
    // More than one write chunk: the file is open now (for writing, and maybe for the stream's first read).
    await writer.write(crypto.randomBytes(1 * MB));
    expect(openBodyFiles().length).toBeGreaterThan(0);
    await stream.cancel();
    await aborted;
    expect(writer.stopped).toBe(true);
    // The producer returns without finish() (as the CSV export does once it sees `stopped`); a
    // read that was opening the file when the reader left closes it when the open completes.
    for (let tries = 0; tries < 40 && openBodyFiles().length > 0; tries++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openBodyFiles()).toEqual([]);
  });
});

/** Files of shared CSV bodies this process holds open (Linux: /proc/self/fd). */
function openBodyFiles(): string[] {
  return (
    fs
      .readdirSync("/proc/self/fd")
      .map((fd) => {
        try {
          return fs.readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          return "";
        }
      })
      // An evicted body's file is already unlinked: "…/2.csv (deleted)".
      .filter((target) => /\.csv( \(deleted\))?$/.test(target) && target.includes(`${CSV_BODY_DIR_PREFIX}${process.pid}-`))
  );
}
