// Shared helpers for the extraction unit tests (not a test file itself).
import { extractClaims } from "@/lib/extraction/extract";
import type { ExtractedClaim, ExtractionConfig } from "@/lib/extraction/types";

export function claims(text: string, config?: Partial<ExtractionConfig>): ExtractedClaim[] {
  return extractClaims(text, config);
}

/** Value texts of all claims. */
export function values(text: string): string[] {
  return claims(text).map((c) => c.valueText);
}

/** The single claim of a text (fails when there is not exactly one). */
export function one(text: string, config?: Partial<ExtractionConfig>): ExtractedClaim {
  const cs = claims(text, config);
  if (cs.length !== 1) throw new Error(`expected one claim, got ${cs.length}: ${JSON.stringify(cs.map((c) => c.valueText))}`);
  return cs[0];
}

/** The claim whose valueText equals v. */
export function claimFor(text: string, v: string, config?: Partial<ExtractionConfig>): ExtractedClaim {
  const c = claims(text, config).find((x) => x.valueText === v);
  if (!c) throw new Error(`no claim "${v}" in ${JSON.stringify(claims(text, config).map((x) => x.valueText))}`);
  return c;
}
