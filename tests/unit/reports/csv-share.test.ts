import crypto from "node:crypto";
import { dropSharedBodies, sharedBody } from "@/lib/reports/csv-share";

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
});
