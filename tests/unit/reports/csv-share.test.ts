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

const fromMemory = () => sharedBodyStats().chunksFromMemory;

describe("shared CSV bodies: the newest whole chunks are read from memory", () => {
  it("gives every reader the written bytes, whole chunks from memory while the body has readers", async () => {
    const bytes = crypto.randomBytes(3.5 * MB);
    const { key, own } = await producedBody(bytes);
    const before = fromMemory();
    const other = sharedBody(key);
    expect(other.writer).toBeNull();
    expect((await readAll(other.stream)).equals(bytes)).toBe(true);
    // Three whole MB chunks; the last half chunk comes from the file.
    expect(fromMemory() - before).toBe(3);
    // The producer's own stream read its first bytes from the file at the growing end, then up
    // to the chunk boundary; the two whole chunks after that come from memory.
    expect((await readAll(own)).equals(bytes)).toBe(true);
    expect(fromMemory() - before).toBe(5);
  });

  it("keeps only the newest eight chunks: a reader from the start reads older ones from the file", async () => {
    const bytes = crypto.randomBytes(20 * MB + 10);
    const { key, own } = await producedBody(bytes);
    const before = fromMemory();
    const late = sharedBody(key);
    expect((await readAll(late.stream)).equals(bytes)).toBe(true);
    expect(fromMemory() - before).toBe(8);
    await own.cancel();
  });

  it("drops the chunks once the last reader has left: a later reader reads the file", async () => {
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
