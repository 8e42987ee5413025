// Serializable data of "Wer sagt was" (lib/claims/who-says-what.ts) for the article view's client
// component. Client-safe: types and labels only.
import type { Party, QuoteType } from "@/lib/generated/prisma/enums";

export interface WhoQuote {
  /** Position of the quotation in the article (its key). */
  position: number;
  start: number;
  end: number;
  type: QuoteType;
  /** The quotation as written, cut to QUOTE_PREVIEW_CHARS. */
  text: string;
  /** The speaker as written ("Er", "der Minister"), when the text names one. */
  speakerText: string | null;
}

export interface WhoClaim {
  id: string;
  start: number;
  valueText: string;
  what: string;
}

export interface WhoSource {
  /** Stable key of the group: party and name. */
  key: string;
  /** "" for quotations whose speaker could not be resolved. */
  actorName: string;
  party: Party;
  quotes: WhoQuote[];
  claims: WhoClaim[];
}

export interface WhoSaysWhat {
  sources: WhoSource[];
  quoteCount: number;
}

export const QUOTE_TYPE_LABELS: Record<QuoteType, string> = {
  direct: "direkt",
  indirect: "indirekt",
  free_indirect: "frei indirekt",
  reported: "berichtet",
};
