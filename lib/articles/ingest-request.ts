// The body cap of POST /api/articles: an over-size request is refused (413) while it streams
// in, before it is parsed. The exact text limit is checked by ingestArticle.
import { DomainError } from "@/lib/errors";
import { formatBytes } from "./ingest-schema";

/** JSON escaping can inflate text (\uXXXX); the exact text limit is checked by ingestArticle. */
export function jsonBodyLimit(maxTextBytes: number): number {
  return maxTextBytes * 6 + 64 * 1024;
}

export function articleTooLarge(maxTextBytes: number): DomainError {
  return new DomainError(
    "TOO_LARGE",
    `Die Anfrage ist zu groß; der Artikeltext darf höchstens ${formatBytes(maxTextBytes)} haben.`,
    { maxBytes: maxTextBytes },
  );
}

/** The route wrapper's bodyLimit option for a given text limit. */
export function articleBodyLimit(maxTextBytes: () => number) {
  return { bytes: () => jsonBodyLimit(maxTextBytes()), tooLarge: () => articleTooLarge(maxTextBytes()) };
}
