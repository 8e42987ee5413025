// Rule "speaker.quoted-object": "zitieren" in the active voice names two parties – who quotes (the
// subject, mostly a medium) and who is quoted (the accusative object, or the document after "aus").
// The quotation's words are the object's: "…“, zitiert die Zeitung den Minister" → the minister.
// In the passive the quoted one is the subject ("X wird mit den Worten zitiert"), which the
// plain subject reading already takes.

import type { Token, TokenSpan as Span } from "../tokens";

export const QUOTED_OBJECT_RULE = "speaker.quoted-object";

/** The preposition that names the quoted document ("zitiert aus dem Bericht"). */
const QUOTED_FROM = "aus";
/** Clause adverbs skipped before the object ("zitiert X außerdem Y"). */
const ADVERBS_MAX = 2;

export interface QuotedObjectGrammar {
  phraseFrom: (toks: Token[], i: number, end: number) => Span | null;
  isAdverb: (lower: string) => boolean;
  isTimePhrase: (toks: Token[], span: Span) => boolean;
}

/**
 * The one quoted by an active "zitieren": the phrase after the subject when the subject follows the
 * verb, else the phrase right after the verb; a document after "aus". Null when none follows.
 */
export function quotedObject(toks: Token[], verb: number, subject: Span, end: number, g: QuotedObjectGrammar): Span | null {
  let r = subject.first > verb ? subject.last + 1 : verb + 1;
  const from = r;
  while (r <= end && r - from < ADVERBS_MAX && g.isAdverb(toks[r].lower)) r++;
  if (r <= end && toks[r].lower === QUOTED_FROM) r++;
  const object = g.phraseFrom(toks, r, end);
  return object && !g.isTimePhrase(toks, object) ? object : null;
}
