// Shared helpers for the extraction unit tests (not a test file itself).
import { extractDocument } from "@/lib/extraction";
import { extractClaims } from "@/lib/extraction/extract";
import { EVENT_LEXICON } from "@/lib/extraction/lexicon/events";
import { PARTIES, type ExtractedClaim, type ExtractedQuote, type ExtractionConfig } from "@/lib/extraction/types";

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

const EVENTS = new Set(["", ...EVENT_LEXICON.map((e) => e.event)]);
/** A party code, or the lower-case stem of another country's adjective ("polnisch"). */
const isAttribute = (a: string): boolean =>
  a === "" || ((PARTIES as readonly string[]).includes(a) && a !== "NONE" && a !== "OTHER") || /^[a-zäöü]+$/.test(a);

/** Every gold claim of a set carries an event of the vocabulary and a counted thing. */
export function expectCountedGold(gold: { event?: string; thing?: { lemma: string; attribute: string } }[]): void {
  for (const g of gold) {
    expect(EVENTS.has(g.event ?? "missing")).toBe(true);
    expect(g.thing).toBeDefined();
    expect(isAttribute(g.thing!.attribute)).toBe(true);
  }
}

/** Every quotation the engine finds in a plain text. */
export function quotes(text: string): ExtractedQuote[] {
  return extractDocument(text, { format: "text" }).quotes;
}

/** The indirect quotations of a plain text. */
export function indirect(text: string): ExtractedQuote[] {
  return quotes(text).filter((quote) => quote.type === "indirect");
}

/** The text a quotation spans ("" when there is none). */
export function quoted(text: string, quote: ExtractedQuote | undefined): string {
  return quote ? text.slice(quote.start, quote.end) : "";
}

/** The first quotation whose span contains the given words. */
export function quoteOf(text: string, words: string): ExtractedQuote | undefined {
  return quotes(text).find((quote) => quoted(text, quote).includes(words));
}

/** The first claim of a document whose value text contains the given value. */
export function claimOf(text: string, value: string): ExtractedClaim | undefined {
  return extractDocument(text, { format: "text" }).claims.find((claim) => claim.valueText.includes(value));
}
