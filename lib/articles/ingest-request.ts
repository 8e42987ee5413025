// Reading the JSON body of POST /api/articles with a size cap, so an over-size
// request is refused (413) before it is parsed.
import { DomainError } from "@/lib/errors";
import { formatBytes } from "./ingest-schema";

/** JSON escaping can inflate text (\uXXXX); the exact text limit is checked by ingestArticle. */
export function jsonBodyLimit(maxTextBytes: number): number {
  return maxTextBytes * 6 + 64 * 1024;
}

function tooLarge(maxTextBytes: number): DomainError {
  return new DomainError(
    "TOO_LARGE",
    `Die Anfrage ist zu groß; der Artikeltext darf höchstens ${formatBytes(maxTextBytes)} haben.`,
    {
      maxBytes: maxTextBytes,
    },
  );
}

export async function readJsonBody(request: Request, maxTextBytes: number): Promise<Record<string, unknown>> {
  const limit = jsonBodyLimit(maxTextBytes);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(maxTextBytes);
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new DomainError("VALIDATION", "Bitte den Artikel als JSON senden (Content-Type: application/json).");
  }

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
        throw tooLarge(maxTextBytes);
      }
      chunks.push(value);
    }
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new DomainError("VALIDATION", "Der Anfragekörper ist kein gültiges JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new DomainError("VALIDATION", "Erwartet wird ein JSON-Objekt {title, outlet, text, …}.");
  }
  return body as Record<string, unknown>;
}
