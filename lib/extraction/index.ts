// Public entry of the extraction engine: the web app (ingest, article view), the CLI and the
// evaluation use this module. Pure TypeScript; no database, Next.js or React.

import type { ExtractionConfig, ExtractionResult } from "./types";
import { extractClaimsAndQuotes } from "./extract";
import { reduceHtml } from "./html";
import { parseStand, findLiveblogEntries } from "./structure";
import { decodeInput, sniffHtml, type DecodeErrorCode, type InputFormat } from "./input";

export * from "./types";
export { extractClaims } from "./extract";
export { DEFAULT_CONFIG } from "./config";
export { DEFAULT_ACTORS } from "./actors";
export { reduceHtml } from "./html";
export { parseStand, findLiveblogEntries } from "./structure";
export { decodeInput, sniffHtml, DECODE_MESSAGES } from "./input";
export type { DecodeResult, DecodeErrorCode, InputFormat } from "./input";
export { isLikelyGerman, languageScore, NOT_GERMAN_MESSAGE } from "./language";
export type { LanguageScore, LanguageGuess } from "./language";

export interface ExtractDocumentOptions {
  /** "html" reduces the page to its article text first; "auto" (default) sniffs the input. */
  format?: "text" | "html" | "auto";
  /** Overrides of DEFAULT_CONFIG (conflict parties, caveat text, actor gazetteer). */
  config?: Partial<ExtractionConfig>;
}

/**
 * Extract claims from one document. For HTML the page is reduced to its article text first and
 * all offsets refer to that reduced text (ExtractionResult.text); plain text is used as given.
 */
export function extractDocument(input: string, options: ExtractDocumentOptions = {}): ExtractionResult {
  const format = options.format ?? "auto";
  const isHtml = format === "html" || (format === "auto" && sniffHtml(input));
  const text = isHtml ? reduceHtml(input) : input;
  const { claims, quotes } = extractClaimsAndQuotes(text, options.config);
  return { text, stand: parseStand(text), entries: findLiveblogEntries(text), claims, quotes };
}

export type ExtractFileResult =
  { ok: true; format: InputFormat; result: ExtractionResult } | { ok: false; code: DecodeErrorCode; message: string };

/**
 * Bytes of an uploaded file → extraction (decodeInput, then extractDocument with the detected
 * format). Errors are the German messages of decodeInput ("Datei ist leer." …).
 */
export function extractFile(
  bytes: Uint8Array,
  fileName?: string,
  options: { config?: Partial<ExtractionConfig> } = {},
): ExtractFileResult {
  const decoded = decodeInput(bytes, fileName);
  if (!decoded.ok) return decoded;
  return {
    ok: true,
    format: decoded.format,
    result: extractDocument(decoded.text, { format: decoded.format, config: options.config }),
  };
}
