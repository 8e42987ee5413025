// The CPU-heavy half of an ingest, run in an extraction worker (lib/extraction-worker/pool.ts):
// decode the bytes, reduce HTML, canonicalise, check the language, extract the claims, apply the
// claim limit and clip run-on sentences. Pure: no database, Next.js or React; its input and
// result are plain data that crosses the thread boundary (structured clone). Refusals come back
// as data with the German message, which ingest.ts turns into a DomainError.
import { deriveTitle } from "@/lib/articles/ingest-meta";
import { canonicalArticleText } from "@/lib/articles/normalize";
import {
  DECODE_MESSAGES,
  decodeInput,
  DEFAULT_ACTORS,
  extractDocument,
  isLikelyGerman,
  NOT_GERMAN_MESSAGE,
  reduceHtml,
  sniffHtml,
  type ActorEntry,
  type ExtractedClaim,
  type ExtractedQuote,
  type Party,
} from "@/lib/extraction";

export type AnalysisSource =
  /** Pasted text or the JSON API; `format` absent: HTML is recognised by its content. */
  | { kind: "text"; text: string; format?: "text" | "html" }
  /** An uploaded file; its title is derived here (HTML <h1>/<title>, else the first line). */
  | { kind: "file"; fileName: string; bytes: Uint8Array };

export interface AnalysisJob {
  source: AnalysisSource;
  conflictParties: Party[];
  caveatText: string;
  /** Only when not the built-in gazetteer (which the worker has itself). */
  actors?: ActorEntry[];
  /** More claims than this and the article is refused (QUELLENLAGE_MAX_CLAIMS_PER_ARTICLE). */
  maxClaims: number;
}

export interface AnalysisRefusal {
  ok: false;
  code: "VALIDATION" | "TOO_LARGE";
  message: string;
  details?: Record<string, unknown>;
  fieldErrors?: Record<string, string>;
}

export interface AnalysisSuccess {
  ok: true;
  /** The canonical article text as stored; all claim offsets refer to it. */
  text: string;
  claims: ExtractedClaim[];
  /** Every quotation of the text (offsets into `text`, like the claims'). */
  quotes: ExtractedQuote[];
  /** The article's own "Stand:" as "2024-11-06T11:15", when present. */
  stand: string | null;
  /** Uploaded files only: the title derived from the file. */
  title: string | null;
}

export type AnalysisResult = AnalysisSuccess | AnalysisRefusal;

/**
 * A stored sentence is at most this long: a text without full stops would otherwise copy itself
 * (up to the upload limit) into every claim's `sentence`, and 5 000 claims of a 1.9 MB line are
 * gigabytes. Longer sentences keep a window around the number.
 */
export const MAX_SENTENCE_CHARS = 600;
const SENTENCE_CONTEXT_CHARS = 250;
const ELLIPSIS = "…";

const TEXT_MESSAGES = {
  empty: "Bitte den Artikeltext eingeben.",
  binary: "Der Text enthält Steuerzeichen oder Binärdaten und ist kein lesbarer Artikeltext.",
  noText: "Im HTML wurde kein Artikeltext gefunden.",
};
const FILE_NO_TEXT = "Die HTML-Datei enthält keinen erkennbaren Artikeltext.";

const numberDe = (n: number) => n.toLocaleString("de-DE");

export function tooManyClaimsMessage(found: number, maxClaims: number): string {
  return (
    `Der Text enthält ${numberDe(found)} Zahlenangaben; Quellenlage prüft höchstens ${numberDe(maxClaims)} je Artikel. ` +
    "Bitte den Text in kleinere Artikel aufteilen – es wurde nichts gespeichert."
  );
}

function refusal(
  code: AnalysisRefusal["code"],
  message: string,
  details: Record<string, unknown>,
  field?: string,
): AnalysisRefusal {
  return { ok: false, code, message, details, fieldErrors: field ? { [field]: message } : undefined };
}

/** Cuts `sentence` to a window around [from, to) (offsets within the sentence), at word boundaries. */
export function clipSentence(sentence: string, from: number, to: number): string {
  if (sentence.length <= MAX_SENTENCE_CHARS) return sentence;
  const valid = from >= 0 && to > from && to <= sentence.length;
  let start = valid ? Math.max(0, from - SENTENCE_CONTEXT_CHARS) : 0;
  let end = valid ? Math.min(sentence.length, to + SENTENCE_CONTEXT_CHARS) : MAX_SENTENCE_CHARS;
  if (start > 0) {
    const space = sentence.indexOf(" ", start);
    if (space >= 0 && space < from) start = space + 1;
  }
  if (end < sentence.length) {
    const space = sentence.lastIndexOf(" ", end);
    if (space >= to) end = space;
  }
  return `${start > 0 ? ELLIPSIS : ""}${sentence.slice(start, end).trim()}${end < sentence.length ? ELLIPSIS : ""}`;
}

function withClippedSentence(claim: ExtractedClaim): ExtractedClaim {
  if (claim.sentence.length <= MAX_SENTENCE_CHARS) return claim;
  const from = claim.start - claim.sentenceStart;
  return { ...claim, sentence: clipSentence(claim.sentence, from, from + (claim.end - claim.start)) };
}

interface Decoded {
  text: string;
  isHtml: boolean;
  field?: string;
  noTextMessage: string;
}

function decodeSource(source: AnalysisSource): Decoded | AnalysisRefusal {
  if (source.kind === "file") {
    const decoded = decodeInput(source.bytes, source.fileName);
    if (!decoded.ok) return refusal("VALIDATION", DECODE_MESSAGES[decoded.code], { reason: decoded.code });
    return { text: decoded.text, isHtml: decoded.format === "html", noTextMessage: FILE_NO_TEXT };
  }
  const decoded = decodeInput(new TextEncoder().encode(source.text));
  if (!decoded.ok) {
    const message = decoded.code === "EMPTY" ? TEXT_MESSAGES.empty : TEXT_MESSAGES.binary;
    return refusal("VALIDATION", message, { reason: decoded.code }, "text");
  }
  const isHtml = source.format ? source.format === "html" : sniffHtml(decoded.text);
  return { text: decoded.text, isHtml, field: "text", noTextMessage: TEXT_MESSAGES.noText };
}

/** Decoded input → stored text, claims and (for files) the title; or a refusal with a German message. */
export function analyzeArticle(job: AnalysisJob): AnalysisResult {
  const decoded = decodeSource(job.source);
  if ("ok" in decoded) return decoded;
  // Claim offsets must refer to the stored text: reduce, canonicalise, then extract from exactly that.
  const text = canonicalArticleText(decoded.isHtml ? reduceHtml(decoded.text) : decoded.text);
  if (text.length === 0) return refusal("VALIDATION", decoded.noTextMessage, { reason: "EMPTY" }, decoded.field);
  if (!isLikelyGerman(text)) return refusal("VALIDATION", NOT_GERMAN_MESSAGE, { reason: "NOT_GERMAN" }, decoded.field);

  const config = { conflictParties: job.conflictParties, caveatText: job.caveatText, actors: job.actors ?? DEFAULT_ACTORS };
  const result = extractDocument(text, { format: "text", config });
  if (result.claims.length > job.maxClaims) {
    const message = tooManyClaimsMessage(result.claims.length, job.maxClaims);
    return refusal(
      "TOO_LARGE",
      message,
      { reason: "TOO_MANY_CLAIMS", claimCount: result.claims.length, maxClaims: job.maxClaims },
      decoded.field,
    );
  }
  const title =
    job.source.kind === "file"
      ? deriveTitle({ rawHtml: decoded.isHtml ? decoded.text : undefined, articleText: text, fileName: job.source.fileName })
      : null;
  return {
    ok: true,
    text,
    claims: result.claims.map(withClippedSentence),
    // Older engines (and hand-made results in tests) may leave the list out.
    quotes: result.quotes ?? [],
    stand: result.stand,
    title,
  };
}
