// Reading a JSON request body with a size cap: an over-size body is refused while it streams
// in (413), never buffered whole; anything but a JSON object is a VALIDATION error.
import { DomainError } from "@/lib/errors";

/** Verdicts, corrections and added claims are small; 1 MB leaves ample room. */
export const DEFAULT_JSON_BODY_LIMIT = 1024 * 1024;

export interface JsonBodyOptions {
  limitBytes: number;
  /** The error for an over-size body (default: a generic German TOO_LARGE). */
  tooLarge?: () => DomainError;
  /** The message when the body is valid JSON but not an object. */
  notAnObjectMessage?: string;
}

const defaultTooLarge = () => new DomainError("TOO_LARGE", "Die Anfrage ist zu groß.");

async function readCapped(request: Request, limit: number, tooLarge: () => DomainError): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  return Buffer.concat(chunks);
}

export async function readJsonObject(request: Request, options: JsonBodyOptions): Promise<Record<string, unknown>> {
  const bytes = await readCapped(request, options.limitBytes, options.tooLarge ?? defaultTooLarge);
  let body: unknown;
  try {
    body = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new DomainError("VALIDATION", "Der Inhalt der Anfrage ist kein gültiges JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("VALIDATION", options.notAnObjectMessage ?? "Der Inhalt der Anfrage muss ein JSON-Objekt sein.");
  }
  return body as Record<string, unknown>;
}
