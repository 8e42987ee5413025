import crypto from "node:crypto";
import { dropSharedBodies, sharedBody, sharedBodyStats } from "@/lib/reports/csv-share";

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

const fromMemory = () => sharedBodyStats().bytesFromMemory;

describe("shared CSV bodies: the newest 8 MB are read from memory", () => {
  it("gives every reader the written bytes, from memory while the body has readers", async () => {
    const bytes = crypto.randomBytes(3.5 * MB);
    const before = fromMemory();
    // The producer's own stream takes its first bytes from memory as they are written.
    const { key, own } = await producedBody(bytes);
    const other = sharedBody(key);
    expect(other.writer).toBeNull();
    expect((await readAll(other.stream)).equals(bytes)).toBe(true);
    expect((await readAll(own)).equals(bytes)).toBe(true);
    expect(fromMemory() - before).toBe(2 * bytes.length);
  });

  it("keeps only the newest 8 MB: a reader from the start reads older bytes from the file", async () => {
    const bytes = crypto.randomBytes(20 * MB + 10);
    const { key, own } = await producedBody(bytes);
    const before = fromMemory();
    const late = sharedBody(key);
    expect((await readAll(late.stream)).equals(bytes)).toBe(true);
    // Whole writes of 300 KB each (3 pieces of 100 KB, collected to at least 256 KB) are kept,
    // up to 8 MB; the reader reads 1 MB at a time from the file until it lands in them.
    expect(fromMemory() - before).toBeLessThanOrEqual(8 * MB);
    expect(fromMemory() - before).toBeGreaterThan(8 * MB - 300 * 1024 - MB);
    await own.cancel();
  });

  it("drops the kept bytes once the last reader has left: a later reader reads the file", async () => {
    const bytes = crypto.randomBytes(2 * MB);
    const { key, own } = await producedBody(bytes);
    await readAll(own);
    const before = fromMemory();
    const later = sharedBody(key);
    expect(later.writer).toBeNull();
    expect((await readAll(later.stream)).equals(bytes)).toBe(true);
    expect(fromMemory() - before).toBe(0);
  });
});
