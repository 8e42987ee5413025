// The quotation layer: every quotation of a text with its cue, its speaker as written and the
// resolved source. One pass per paragraph over the tokens; every rule looks only at a bounded
// window around a token, so the work grows linearly with the text (also for 100 000 opening
// quotation marks or a quotation that never closes).
//
// This file is the entry point and the loop: findQuotes → readParagraph → readSentence → readToken.
// Each step is a function of the paragraph's state (ParagraphContext, passed as `ctx`); where it lives:
//  paragraph-context.ts  TextState, ParagraphContext, drafts, speakers, cue types, per-paragraph arrays
//  direct-quotes.ts      the quotation-mark scan and the speaker of each direct quotation
//  source-phrases.ts     "laut X", "nach Angaben X", ", so X", "Demnach", ", wonach …" as cues
//  indirect-cues.ts      a speech verb or noun at a token and what it says (back-reference, direct quotation)
//  cue-speaker.ts        the subject a cue verb names, one candidate per rule
//  cue-content.ts        the content clause after a cue verb (", dass …", "Wie X sagte, …", "…, sagte X")
//  reported-speech.ts    reported speech acts without a content clause ("sprach von …")
//  free-indirect.ts      continuations without a cue (Konjunktiv, "soll", "würde") and sentence mentions
//  reader-speakers.ts    speaker memory, the last speaker to carry, cues of the sentence being read
//  reader-drafts.ts      drafting quotations and emitting them in text order (runs merged)
//  verb-cues.ts / verb-speaker.ts / reader-subjects.ts / reader-phrases.ts / reader-words.ts
//                        pure token readers: cue verbs, a verb's subject, subject finders, noun
//                        phrases, and the word classes and limits they share
// A new rule goes into a module of its own (one rule id each, as the ones imported by these files)
// and is called from the step it belongs to; its id goes into the list below.
//
// Rules (ids appear in each quotation's `rules`):
//  direct.marks        text between quotation marks („…“, »…«, "…")
//  direct.unclosed     an opening mark never closed in its paragraph: up to the paragraph's end
//  direct.embedded     a short quoted fragment inside reported speech (quotes/embedded-quote.ts)
//  indirect.clause     speech verb + content clause ("sagte, dass …", "erklärte, es seien …")
//  indirect.fronted    content first, cue clause after it ("… sei ernst, sagte er")
//  indirect.wie        "Wie X mitteilte, …": the main clause is the content (quotes/wie-clause.ts;
//                      a temporal "Als X sagte, …" is not: its main clause tells what happened)
//  indirect.wie-after  "…, wie X mitteilte.": the clause before it is the content (quotes/wie-clause.ts)
//  indirect.mixed      reported speech around a quoted part: also an indirect quotation (quotes/mixed-quote.ts;
//                      after the cue too when a Konjunktiv follows the marks: "sagte, „…“ gebe es nicht")
//  indirect.mixed-infinitive  the same when a zu-infinitive follows the marks ("warf ihm vor, „…“ zu verschweigen")
//  indirect.wonach     ", wonach …" / ", nach denen …" after a report noun (quotes/wonach.ts)
//  indirect.noun       speech noun + content clause ("die Forderung der X, …", "die Einschätzung, dass …")
//  indirect.noun-attached  the same with prepositional phrases before the comma (quotes/noun-attachment.ts)
//  indirect.source     source phrase in the sentence ("laut X", "X zufolge", "nach Angaben X", ", so X")
//  indirect.back-reference  "Das sagte X." / "Das hat X bestätigt." attributes the previous sentence (quotes/back-reference.ts)
//  indirect.back-reference-clause  "…, das teilte X mit": the clause before the comma or dash (quotes/back-reference.ts)
//  indirect.back-reference-paragraph  "Dies teilte X mit." opening a paragraph: the last sentence of the paragraph before (quotes/back-reference.ts)
//  cue.light-verb      a light-verb construction as the cue ("legte Wert darauf, dass …"; quotes/light-verb.ts)
//  indirect.bare-infinitive  an infinitive clause after the cue without the optional comma (quotes/bare-infinitive.ts)
//  cue.infinitive-head  a directive or commissive verb outside the speech-verb lexicon ("ordnete an",
//                      "beauftragte", "gab vor") is a cue only before a comma and a zu-infinitive clause
//                      (quotes/infinitive-cue.ts, lexicon/infinitive-cue-verbs.ts)
//  cue.after-mark-inverted  a quotation before the comma of a cue clause is that clause's only when the clause
//                      opens with its verb, a finite auxiliary or "wie" ("„…“, sagte X"), not with a first
//                      position of its own ("„…“, und X erklärte, …"; opensWithVerb in quotes/indirect-cues.ts)
//  cue.quoted-attribute  a quoted name or attribute inside the cue clause before its content clause (quotes/quoted-attribute.ts)
//  cue.fronted-participle  "Kritisiert wird, dass …": a passive participle opening the sentence (quotes/fronted-participle.ts)
//  cue.document-stands  "In dem Bericht steht, dass …": the document named before the verb is the source (quotes/document-stands.ts)
//  indirect.content-opening  a content clause opened by "zu" + infinitive or a demonstrative (quotes/content-opening.ts)
//  span.content-end    where a content clause ends before the sentence does (quotes/content-end.ts)
//  reported.verb       speech verb without a content clause ("sprach von …", "kritisierte …")
//  reported.object-before-verb  a lemma that needs an object word ("sprach von …", "kritisierte … als …";
//                      REPORTED_OBJECT_WORDS) finds it before a clause-final verb too ("hatte von … berichtet")
//  reported.passive-agent  an object word right after a passive's "von" agent is the predicative's, not the
//                      agent's apposition ("wurde vom Gericht als unzulässig eingestuft"; hasObjectWord)
//  indirect.conditional-clause  a cue verb closing a "falls"/"wenn" clause takes no main clause after the comma
//                      as its content: that is the consequence ("Falls X als Y eingestuft wird, wäre …")
//  reported.agentless-passive  a naming verb's passive without agent, no quoted name in it ("wurde mit 40
//                      angegeben"; quotes/agentless-passive.ts)
//  reported.predicative-passive  "Als Ursache wurde X genannt": a passive naming without its agent (quotes/predicative-passive.ts)
//  reported.particle-at-end  not for a particle reading whose particle stands inside the clause
//                      ("warf den Ball vor dem Spiel weit": a preposition, no "vorwerfen"; "für" of
//                      "halten für" governs a phrase and may stand there)
//  reported.casualty-object  not for "fordern" counting victims ("forderte 30 Menschenleben"; quotes/casualty-object.ts)
//  cue.literal-origin  not for "hervorgehen"/"ergeben" with a subject of its own before "aus": no speech act (quotes/origin-phrase.ts)
//  cue.naming-participle  not for "auch X genannt": a name is given, nothing said (quotes/naming-participle.ts)
//  free_indirect.konjunktiv  a Konjunktiv sentence without a cue continues the last speaker (also
//                      reportative "soll … gewesen sein": quotes/konjunktiv.ts; Konjunktiv I forms of
//                      any verb by morphology, stem + "-e" in a verb's place: quotes/konjunktiv-form.ts)
//  free_indirect.sollen  "soll(en)" + infinitive right after a quotation continues it (quotes/sollen-continuation.ts)
//  free_indirect.conditional  so does the conditional "würde" (quotes/conditional-continuation.ts)
//  free_indirect.before-quote  the Konjunktiv words before a direct quotation that closes the sentence (quotes/before-quote.ts)
//  free_indirect.idle-cue  a Konjunktiv sentence whose speech verb found no content or speaker continues too (quotes/idle-cue.ts)
//  free_indirect.run   consecutive continuations of one speaker in one paragraph are one quotation
//  indirect.so-verb    inserted "…, so betont X, …" (quotes/so-verb.ts)
//  speaker.after / speaker.before / speaker.carried  where a direct quotation's speaker was found
//                      (the last speaker to carry: a cue inside the content of an earlier cue of its
//                      sentence – "X meldete, Y habe bestätigt" – leaves X the one to carry)
//  speaker.after-non-agent  a fronted phrase naming no one: the person after the verb (quotes/non-agent-subject.ts)
//  speaker.paragraph-mention  a continuation after a paragraph break: the agent this paragraph named (quotes/paragraph-mention.ts)
//  speaker.focus-particle / speaker.coordinated  subjects behind "Auch …" or after "und" (quotes/subject.ts)
//  speaker.coordinated-inverted  after "und", the subject after the first verb of an inverted clause (quotes/subject.ts)
//  speaker.apposed-subject  the subject before an apposition or relative clause in commas (quotes/apposed-subject.ts)
//  speaker.apposed-number  a plural phrase ("die" + adjective in -en) before a singular cue verb is its object, the subject follows (quotes/apposed-subject.ts)
//  speaker.apposed-second-clause  that subject opening a second main clause after a comma (quotes/apposed-subject.ts)
//  speaker.genitive-adjective  the phrase reader keeps a genitive with adjectives ("der kleinen Kapelle") in a speaker phrase (phraseFrom)
//  speaker.own-subject  a Konjunktiv continuation whose main clause names its own speaker, also after a
//                      fronted time phrase, adverb or prepositional phrase (quotes/own-subject.ts)
//  speaker.person-noun  the resolver matches a lone noun after an article as a surname only when it names a
//                      person or body by lexicon or morphology ("die Anwohner", "die Beschäftigten"), not a
//                      thing ("die Kosten"); named when it refused such a match (quotes/person-noun.ts)
//  speaker.colon-fronted-object  "Den Plan lehnt X ab: „…“": the person after the verb (quotes/colon-fronted-object.ts)
//  speaker.verb-final-perfect  a participle + finite "haben"/"sein" closing a relative or subordinate cue
//                      clause ("…, der zugesagt hat, …", "nachdem X entschieden hatte, …"): its subject as
//                      after a verb at the clause's end
//  speaker.verb-after-quote  "„…“, meinte X": a finite verb the cue lexicon does not read right after the
//                      closing mark, its subject speaks (quotes/verb-after-quote.ts)
//  speaker.inverted-sentence-subject  "Auch X will „…“", "Zuletzt wollte er „…“": a quotation without a cue
//  speaker.own-statement  "X hat nach eigenen Angaben …": the source phrase resolves to the clause's subject
//  speaker.subordinate-subject  "…, da sie befürchten, …": the subject after the conjunction (quotes/subordinate-subject.ts)
//  speaker.distant-relative-subject  "…, die X in … (…) als Ziel ausgegeben hatte: „…“": in a long relative clause the
//                      name after an object pronoun is the subject (quotes/distant-relative-subject.ts)
//  speaker.colon-clause-subject  "Die Polizei hat Bilanz gezogen: Es wird berichtet, …": a subjectless cue after a
//                      colon takes the known agent opening the clause before it (quotes/colon-clause-subject.ts)
//  speaker.colon-apposition / speaker.colon-inverted  speakers of a colon clause (quotes/colon-subject.ts)
//  speaker.web-name    a web address as the source ("laut faz.net", quotes/web-name.ts)
//  speaker.possessive  "seiner Meinung nach": the possessive's referent (quotes/possessive-owner.ts)
//  speaker.anaphoric-document  "Demnach" after a document named without a cue
//  indirect.document-adverb  "Danach" after a sentence naming a document as subject or object (quotes/document-adverb.ts)
//  speaker.origin-phrase  "Dies geht aus X hervor", "Wie aus X hervorgeht": the "aus" phrase (quotes/origin-phrase.ts)
//  speaker.inverted-nominative  "Die Pläne kritisierte der Minister": the nominative after the verb (quotes/inverted-nominative.ts)
//  speaker.quoted-object  an active "zitiert": the quoted one, not the medium, speaks (quotes/quoted-object.ts)
//  speaker.parenthetical-name  "X („…“)": a quotation filling a parenthesis after a name is that name's (quotes/parenthetical-quote.ts)
//  speaker.so-after-mark  "„…!“ so X": the source phrase ", so X" without its comma after a quotation closing in its own punctuation
//  speaker.genitive-determiner  the phrase reader takes "dessen"/"deren" + noun as a phrase ("teilte dessen Stellvertreter mit")
//  speaker.written-place  "Auf dem Schild war „…“ zu lesen": the place words stand written (quotes/written-place.ts)
//  speaker.subjectless-cue  a cue whose subject is not found (passive, expletive "es", "hieß es"): the
//                      speaker an earlier cue of the sentence named, else the last speaker; next to a
//                      direct quotation it never takes away a speaker another cue named

import type { ActorMatcher } from "../actors";
import { type Sentence, sentencesOfText } from "../sentences";
import type { Token, TokenSpan as Span } from "../tokens";
import type { ExtractedQuote } from "../types";
import { paragraphEndOf } from "./back-reference";
import { pushDirectDrafts, speakDirectQuote } from "./direct-quotes";
import { continueSentence, noteSentenceMention } from "./free-indirect";
import { readCueAt } from "./indirect-cues";
import { ParagraphContext, type TextState } from "./paragraph-context";
import { emitDrafts } from "./reader-drafts";
import { isSourceNoun } from "./reader-phrases";
import { contentEnd } from "./reader-words";
import { SpeakerMemory } from "./resolve";
import { readRelativeSource, readSource, sourceAt } from "./source-phrases";
import { relativeSourceAt as importedRelativeSourceAt } from "./wonach";

export { directQuoteSpans } from "./direct-quotes";

// Bound once: tsx compiles every use of an imported binding into two getter calls (this one runs per token).
const relativeSourceAt = importedRelativeSourceAt;

/**
 * Find every quotation of a plain text. The claim pass hands over the sentences it split
 * (sentencesOfText), so the text is tokenised once.
 */
export function findQuotes(text: string, matcher: ActorMatcher, paragraphSentences?: Sentence[][]): ExtractedQuote[] {
  const out: ExtractedQuote[] = [];
  if (typeof text !== "string" || !text) return out;
  const state: TextState = {
    text,
    memory: new SpeakerMemory(matcher),
    out,
    lastSpeaker: null,
    paragraphOut: 0,
    paragraphEnd: null,
  };
  const sentencesByParagraph = paragraphSentences ?? sentencesOfText(text);
  for (let paragraph = 0; paragraph < sentencesByParagraph.length; paragraph++) {
    const { tokens, bounds } = paragraphTokens(sentencesByParagraph[paragraph]);
    if (!tokens.length) {
      state.paragraphEnd = null;
      continue;
    }
    readParagraph(new ParagraphContext(state, paragraph, tokens, bounds));
  }
  return out;
}

/** A paragraph's tokens and the token span of each of its sentences. */
function paragraphTokens(sentences: Sentence[]): { tokens: Token[]; bounds: Span[] } {
  // a paragraph of one sentence uses the sentence's own token list: no copy, and the gazetteer
  // matches cached on it by the claims pass are found again (actors.matchAt caches per list)
  const single = sentences.length === 1;
  const tokens: Token[] = single ? sentences[0].tokens : [];
  const bounds: Span[] = [];
  for (const s of sentences) {
    const first = single ? 0 : tokens.length;
    bounds.push({ first, last: first + s.tokens.length - 1 });
    if (!single) for (let k = 0; k < s.tokens.length; k++) tokens.push(s.tokens[k]);
  }
  return { tokens, bounds };
}

/** Reads the quotations of one paragraph into the text's output, and what the next paragraph may refer back to. */
function readParagraph(ctx: ParagraphContext): void {
  for (const sentence of ctx.bounds) readSentence(ctx, sentence);
  pushDirectDrafts(ctx);
  emitDrafts(ctx);
  const { tokens, inside, state } = ctx;
  // the last sentence as the one the next paragraph may refer back to, when no quotation covers it
  // (quotations stay in text order: everything found before it ends before it)
  const lastSentence = ctx.bounds[ctx.bounds.length - 1];
  const end = paragraphEndOf(tokens, lastSentence.first, lastSentence.last, (k) => inside[k] >= 0);
  state.paragraphEnd = end && !state.out.slice(state.paragraphOut).some((q) => q.end > end.start) ? end : null;
  state.paragraphOut = state.out.length;
}

/** Reads one sentence: its cues token by token, then a continuation without a cue, then its direct quotations' speakers. */
function readSentence(ctx: ParagraphContext, sentence: Span): void {
  const { tokens, inside } = ctx;
  ctx.cued = false;
  ctx.draftsBefore = ctx.drafts.length;
  ctx.sentenceSpeaker = null;
  ctx.sentenceCues = [];
  ctx.sentence = sentence;
  ctx.end = contentEnd(tokens, sentence.first, sentence.last);
  ctx.earlierContent = { starts: [], ends: [], maxEnds: [], seen: ctx.draftsBefore };
  ctx.contentStartsAscend = true;
  for (let i = sentence.first; i <= sentence.last; i++) {
    if (inside[i] >= 0) continue;
    i = readToken(ctx, i);
  }
  ctx.nestedCue = false;
  /** The agent an earlier uncued sentence of this paragraph opened with (rule speaker.paragraph-mention). */
  const mentionBefore = ctx.paragraphMention;
  const sentenceMention = noteSentenceMention(ctx);
  const continuation = continueSentence(ctx, mentionBefore);
  ctx.previous = sentence;
  ctx.previousCued = ctx.cued;
  ctx.previousQuoted = ctx.cued || !!continuation;
  // direct quotations that end in this sentence without a speaker yet
  // (the spans do not overlap and are in text order: one pointer walks them once)
  const { directSpans } = ctx;
  for (; ctx.nextDirect < directSpans.length && directSpans[ctx.nextDirect].last <= sentence.last; ctx.nextDirect++)
    speakDirectQuote(ctx, ctx.nextDirect, sentenceMention);
}

/** Reads a cue at token i, if one stands there; returns the token the sentence's loop continues after. */
function readToken(ctx: ParagraphContext, i: number): number {
  const { tokens, sentence } = ctx;
  // --- ", wonach …" / ", nach denen …": a relative clause with the content of a report (rule indirect.wonach)
  const relative = relativeSourceAt(tokens, i, sentence.first, ctx.end, isSourceNoun);
  if (relative) return readRelativeSource(ctx, relative);
  // --- source phrases: "laut X", "X zufolge", "nach Angaben X", ", so X", "Demnach"
  const source = sourceAt(ctx, i);
  if (source) return readSource(ctx, i, source);
  // --- speech verbs, and the impersonal "heißt es" (its source, if any, in a prepositional phrase)
  return readCueAt(ctx, i);
}
