// Next.js 16 answers a path segment that is not valid percent-encoded UTF-8 (e.g. the CESU-8
// bytes of a lone surrogate, /api/claims/%ED%A0%80/…) in a dynamic route with a bare 500,
// before any route or page code runs. proxy.ts runs before that matching and calls this.
import { DomainError, apiError } from "@/lib/errors";

export const UNDECODABLE_PATH_MESSAGE =
  "Die Adresse enthält ungültig kodierte Zeichen (kein gültiges UTF-8, z. B. ein einzelnes Surrogat). Bitte die Adresse prüfen.";

/** True when a segment of the raw (still percent-encoded) path cannot be decoded. */
export function isUndecodablePath(rawPathname: string): boolean {
  return rawPathname.split("/").some((segment) => {
    try {
      decodeURIComponent(segment);
      return false;
    } catch {
      return true;
    }
  });
}

/** For proxy.ts: a 400 (JSON for /api, text otherwise) for an undecodable path, else null. */
export function undecodablePathResponse(rawPathname: string): Response | null {
  if (!isUndecodablePath(rawPathname)) return null;
  if (rawPathname.startsWith("/api/")) {
    return apiError(new DomainError("VALIDATION", UNDECODABLE_PATH_MESSAGE, undefined, { id: UNDECODABLE_PATH_MESSAGE }));
  }
  return new Response(UNDECODABLE_PATH_MESSAGE, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
