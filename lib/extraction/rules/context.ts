// The explicit context a cue rule works on: one sentence's tokens, the text-wide coreference
// memory, the paragraph's last speaker, and what is computed once per sentence (its place, the
// actor mentions, which tokens are inside a quotation). Helpers here answer the questions
// several rules ask (the phrase at a token, a pronoun's referent, the subject of a clause).

import type { Party } from "../types";
import type { Token } from "../tokens";
import { AttributionContext, NP, ResolvedActor, findMentions, parseNP, quoteDepthMask, sentencePlace } from "../attribution";
import { COORDINATORS } from "../lexicon";

/** How far (in tokens) a speaker may stand from its verb or cue. */
export const LEFT_WINDOW = 40;

export interface CueContext {
  readonly tokens: Token[];
  /** Text-wide memory of actors and places (coreference). */
  readonly memory: AttributionContext;
  /** Paragraph index of the sentence. */
  readonly para: number;
  /** The paragraph's last speaker before this sentence. */
  readonly lastSpeaker: ResolvedActor | null;
  /** First city or region of the sentence. */
  readonly place: { name: string; party: Party } | null;
  /** Actor mentions of the sentence, left to right. */
  readonly mentions: NP[];
  /** True for tokens inside a quotation of this sentence. */
  readonly inQuote: boolean[];
  /** Who a pronoun speaker stands for when the sentence itself names no person before it. */
  readonly pronounActor: ResolvedActor | null;
}

export function buildCueContext(
  tokens: Token[],
  memory: AttributionContext,
  para: number,
  lastSpeaker: ResolvedActor | null,
): CueContext {
  const place = sentencePlace(tokens);
  const mentions = findMentions(tokens, memory, para, place);
  // a pronoun speaker is the paragraph's last speaker, else the person mentioned last; a person
  // named after a body speaker ("Der Verein … Vereinschef X …, erzählt er") comes first
  const pronounActor =
    (lastSpeaker && lastSpeaker.kind !== "PERSON" ? memory.personAfter(lastSpeaker.name) : null) ??
    lastSpeaker ??
    memory.recentPerson();
  return { tokens, memory, para, lastSpeaker, place, mentions, inQuote: quoteDepthMask(tokens), pronounActor };
}

/** The actor noun phrase starting at token k, if any. */
export const phraseAt = (cx: CueContext, k: number): NP | null => parseNP(cx.tokens, k, cx.memory, cx.para, cx.place);

/** The actor a phrase stands for; a pronoun stands for the sentence's person subject or pronounActor. */
export function resolvePronoun(cx: CueContext, n: NP): ResolvedActor | null {
  if (!n.pronoun) return n.actor;
  // a person as the sentence's first phrase is what a later "er"/"sie" of that sentence means
  for (const m of cx.mentions) {
    if (m.first >= n.first) break;
    if (!m.governed && !m.pronoun && m.actor && m.actor.kind === "PERSON" && !cx.inQuote[m.first] && m.first === 0)
      return { ...m.actor, how: `${m.actor.how}; Pronomen → Satzsubjekt` };
  }
  return cx.pronounActor;
}

/** Further sources joined to a phrase ("der US-Regierung und der Ukraine"). */
export function coordinated(cx: CueContext, n: NP): ResolvedActor[] {
  const out: ResolvedActor[] = [];
  let cur = n;
  for (let guard = 0; guard < 4; guard++) {
    const u = cx.tokens[cur.last + 1];
    if (!u || !COORDINATORS.has(u.lower)) break;
    const next = phraseAt(cx, cur.last + 2);
    if (!next || !next.actor) break;
    out.push(next.actor);
    cur = next;
  }
  return out;
}

/** Index of the last mention ending before token v (binary search; mentions are sorted). */
export function lastMentionBefore(cx: CueContext, v: number): number {
  let lo = 0;
  let hi = cx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cx.mentions[mid].last < v) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The first ungoverned actor mention near the span [exclFirst, exclLast] and outside it. */
export function subjectOf(cx: CueContext, exclFirst: number, exclLast: number): NP | null {
  const { mentions, inQuote } = cx;
  for (let mi = Math.max(0, lastMentionBefore(cx, exclFirst - LEFT_WINDOW) + 1); mi < mentions.length; mi++) {
    const m = mentions[mi];
    if (m.first > exclLast + LEFT_WINDOW) break;
    if (m.last < exclFirst - LEFT_WINDOW) continue;
    if (m.first >= exclFirst && m.last <= exclLast) continue;
    if (m.governed || m.pronoun || !m.actor || inQuote[m.first]) continue;
    return m;
  }
  return null;
}

/** Words of tokens[from..to] joined with spaces. */
export const wordsOf = (tokens: Token[], from: number, to: number): string =>
  tokens
    .slice(from, to + 1)
    .map((x) => x.text)
    .join(" ");
