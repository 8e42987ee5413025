// Rule "speech-verb": a speech or report verb in any tense and word order ("sagte X", "X sagte",
// "wie X mitteilte", "teilte X … mit" with its particle checked). The speaker is searched in a
// fixed order of places, each a small function below; the first that finds one wins.

import type { Token } from "../tokens";
import { CLOSE_QUOTES, OPEN_QUOTES, isCap, isLowerWord } from "../tokens";
import { bodyNoun, personRole } from "../actors";
import { HEADLINE_BODY, NP, ResolvedActor, capSeq, germanInstitution, unknownNP } from "../attribution";
import { partyOfWords } from "../parties";
import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_INTRO,
  DETERMINERS,
  FRONTED_ADVERBS,
  INVESTIGATION_PREPOSITIONS,
  INVESTIGATION_VERBS,
  MEDIA_ADDRESSEE_HEADS,
  NOT_SPEAKER_HEADS,
  PLEDGE_VERBS,
  PREPOSITIONS,
  PRONOUNS,
  SIDE_GOVERNMENTS,
  SIDE_PEOPLE,
  SPEECH_VERBS,
} from "../lexicon";
import { CueContext, LEFT_WINDOW, coordinated, lastMentionBefore, phraseAt, resolvePronoun, wordsOf } from "./context";
import type { CueDraft, TokenCueRule } from "./types";
import { CLAUSE_ADVERBS } from "../lexicon/quote-words";
import { casualtyLemmaOf, countsCasualties } from "../quotes/casualty-object";

/** Clause adverbs of the quotation layer ("So", "Zudem", "Daraufhin"): a fronted one is no speaker either. */
const CLAUSE_ADVERB: ReadonlySet<string> = new Set(CLAUSE_ADVERBS);

/** Whether the particle a separable verb needs ("teilte … mit") follows within the clause window. */
function particleFollows(tokens: Token[], v: number, particle: string): boolean {
  if (!particle) return true;
  const wanted = particle.split("|");
  for (let m = v + 1; m < Math.min(tokens.length, v + 40); m++) if (wanted.includes(tokens[m].lower)) return true;
  return false;
}

/**
 * A word that opens a main clause as a fronted adverbial ("Zuvor", "Gestern", "Im Mai", "Am
 * Montag"): then the verb stands second and its subject follows it, so the opener is no speaker.
 */
export const isAdverbialOpener = (t: Token | undefined): boolean =>
  !!t &&
  t.kind === "w" &&
  (FRONTED_ADVERBS.has(t.lower) || PREPOSITIONS.has(t.lower) || NOT_SPEAKER_HEADS.has(t.lower) || CLAUSE_ADVERB.has(t.lower));

/** First word of the clause that ends at token v (after a comma, colon, dash or quote; clause intros skipped). */
function clauseStartBefore(tokens: Token[], v: number): number {
  let b = v - 1;
  while (b >= 0 && v - b <= 25 && !isClauseBoundary(tokens[b]) && tokens[b].text !== "—") b--;
  let st = b + 1;
  while (st < v && tokens[st].kind === "w" && CLAUSE_INTRO.has(tokens[st].lower)) st++;
  return st;
}

/** The verb stands second after a fronted adverbial ("Im Mai meldete die Stadt …"): its subject follows. */
const afterFrontedAdverbial = (tokens: Token[], v: number): boolean => isAdverbialOpener(tokens[clauseStartBefore(tokens, v)]);

/**
 * A dative object right after the verb names whom the speaker told ("sagte der Zeitung X",
 * "sagte dem Sender"): "dem", or "der" before a feminine media or body noun, is no subject.
 */
function addresseeEnd(tokens: Token[], k: number): number {
  const det = tokens[k];
  const noun = tokens[k + 1];
  if (!det || !noun || !isCap(noun)) return -1;
  const feminineMedia = det.lower === "der" && MEDIA_ADDRESSEE_HEADS.some((h) => noun.lower.endsWith(h));
  if (det.lower !== "dem" && !feminineMedia) return -1;
  let e = k + 1;
  // the medium's name may follow, quoted or not ("der Zeitung „Nordkurier“", "dem Sender NDR")
  while (
    e + 1 < tokens.length &&
    e - k < 6 &&
    (isCap(tokens[e + 1]) || OPEN_QUOTES.has(tokens[e + 1].text) || CLOSE_QUOTES.has(tokens[e + 1].text))
  )
    e++;
  return e;
}

/**
 * A short adverbial right after an inverted verb ("…“, erklärte am Abend der Sprecher"): the
 * subject follows it. Returns the index after the adverbial, or -1.
 */
function afterAdverbial(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== "w") return -1;
  if (FRONTED_ADVERBS.has(t.lower)) return k + 1;
  if (!PREPOSITIONS.has(t.lower)) return -1;
  for (let e = k + 1; e < tokens.length && e - k <= 3; e++) if (isCap(tokens[e])) return e + 1;
  return -1;
}

const isClauseBoundary = (t: Token): boolean =>
  t.kind === "p" && (t.text === "," || t.text === ":" || CLOSE_QUOTES.has(t.text) || OPEN_QUOTES.has(t.text) || t.text === "–");

/** The subject-like mention left of the verb (clause start or right before it), and the nearest any. */
function leftMentions(cx: CueContext, v: number): { subject: NP | null; any: NP | null } {
  const { tokens, mentions, inQuote } = cx;
  let any: NP | null = null;
  for (let mi = lastMentionBefore(cx, v); mi >= 0 && v - mentions[mi].last <= LEFT_WINDOW; mi--) {
    const m = mentions[mi];
    if (m.governed || inQuote[m.first] || tokens[m.first].lower === "einen") continue; // "einen Bericht": object
    if (!any) any = m;
    let s = m.first - 1;
    while (s >= 0 && tokens[s].kind === "w" && CLAUSE_INTRO.has(tokens[s].lower)) s--;
    const clauseStart = s < 0 || isClauseBoundary(tokens[s]);
    // "hat" / "hatte" / adverbs between subject and participle are fine; a comma is not
    let gap = v - m.last - 1;
    for (let q = m.last + 1; q < v; q++) if (tokens[q].text === ",") gap = 99;
    if (clauseStart || gap <= 1) return { subject: m, any };
  }
  return { subject: null, any };
}

function cueFromPhrase(cx: CueContext, v: number, n: NP, label: string): CueDraft | null {
  const a = resolvePronoun(cx, n);
  if (!a) return null;
  return {
    kind: "verb",
    first: Math.min(n.first, v),
    last: Math.max(n.last, v),
    actor: { ...a, how: a.how },
    co: coordinated(cx, n),
    label,
    anchor: v,
    npFirst: n.first,
    npLast: n.last,
  };
}

const unknownCue = (n: NP, v: number, label: string, first: number, last: number): CueDraft => ({
  kind: "verb",
  first,
  last,
  actor: n.actor,
  co: [],
  label,
  anchor: v,
  npFirst: n.first,
  npLast: n.last,
});

/** A dash between spaces ("Genf (AFP) - Die Mission …"): the dateline before it is no subject. */
const isSpacedHyphen = (tokens: Token[], b: number): boolean =>
  tokens[b].text === "-" &&
  b > 0 &&
  tokens[b].start > tokens[b - 1].end &&
  !!tokens[b + 1] &&
  tokens[b + 1].start > tokens[b].end;

/** An unknown body as the subject at the start of its clause ("Die Weltbank schätzt", "wie die Bundesagentur … mitteilte"). */
function unknownSubjectAtClauseStart(cx: CueContext, v: number, label: string): CueDraft | null {
  const { tokens, memory, para, inQuote } = cx;
  let b = v - 1;
  while (
    b >= 0 &&
    v - b <= 25 &&
    !(
      tokens[b].kind === "p" &&
      (tokens[b].text === "," ||
        tokens[b].text === ":" ||
        tokens[b].text === "–" ||
        tokens[b].text === "—" ||
        isSpacedHyphen(tokens, b) ||
        OPEN_QUOTES.has(tokens[b].text) ||
        CLOSE_QUOTES.has(tokens[b].text))
    )
  )
    b--;
  if (v - b > 25) return null;
  let st = b + 1;
  let subordinate = false;
  while (st < v && tokens[st].kind === "w" && CLAUSE_INTRO.has(tokens[st].lower)) {
    subordinate = subordinate || tokens[st].lower === "wie" || tokens[st].lower === "dass";
    st++;
  }
  if (!(st < v && !inQuote[st] && (ARTICLES.has(tokens[st].lower) || isCap(tokens[st])))) return null;
  if (isAdverbialOpener(tokens[st])) return null;
  const u = unknownNP(tokens, st, memory, para);
  let aux = false;
  for (let q = u ? u.last + 1 : v; q < v && q - (u ? u.last : v) <= 12; q++)
    if (AUXILIARIES.has(tokens[q].lower)) {
      aux = true;
      break;
    }
  if (u && u.actor && u.last < v && (u.last + 1 === v || subordinate || aux)) return unknownCue(u, v, label, u.first, v);
  return null;
}

/** "hat die Behörde … ermittelt": an unknown body right after an auxiliary of the clause. */
function unknownSubjectAfterAuxiliary(cx: CueContext, v: number, label: string): CueDraft | null {
  const { tokens, memory, para } = cx;
  for (let q = v - 1; q >= 0 && v - q <= 20; q--) {
    if (tokens[q].text === "," || tokens[q].text === ":") break;
    if (AUXILIARIES.has(tokens[q].lower) && tokens[q + 1] && ARTICLES.has(tokens[q + 1].lower)) {
      const u = unknownNP(tokens, q + 1, memory, para);
      if (u && u.actor && u.last < v) return unknownCue(u, v, label, u.first, v);
      break;
    }
  }
  return null;
}

/** An unknown name directly after the verb ("sagte Meißner."). */
function unknownNameAfter(cx: CueContext, v: number, label: string): CueDraft | null {
  const { tokens } = cx;
  const e = capSeq(tokens, v + 1, 3);
  const after = tokens[e + 1];
  if (!(e > v && (!after || after.kind === "p" || (after.kind === "w" && PREPOSITIONS.has(after.lower))))) return null;
  const a: ResolvedActor = {
    name: wordsOf(tokens, v + 1, e),
    party: partyOfWords(tokens.slice(v + 1, e + 3).map((x) => x.text)) ?? "OTHER",
    official: false,
    kind: "UNKNOWN",
    roles: [],
    how: "unbekannter Sprecher",
  };
  return { kind: "verb", first: v, last: e, actor: a, co: [], label, anchor: v };
}

/** An unknown name as subject directly before the verb at the clause start ("Dr. Müller sagte"). */
function unknownNameBefore(cx: CueContext, v: number, label: string): CueDraft | null {
  const { tokens } = cx;
  let e2 = v - 1;
  if (e2 >= 0 && AUXILIARIES.has(tokens[e2].lower)) e2--;
  let b = e2;
  while (b >= 0 && e2 - b < 3 && isCap(tokens[b]) && !bodyNoun(tokens[b].text) && !personRole(tokens[b].text)) b--;
  const before = tokens[b];
  const atStart =
    b < 0 ||
    (before.kind === "p" &&
      (before.text === "," || before.text === "." || OPEN_QUOTES.has(before.text) || CLOSE_QUOTES.has(before.text))) ||
    (before.kind === "w" && CLAUSE_INTRO.has(before.lower));
  if (!(b < e2 && atStart && !(b < 0 && e2 === 0 && tokens[0].kind === "w" && DETERMINERS.has(tokens[0].lower)))) return null;
  const first = b + 1;
  if (DETERMINERS.has(tokens[first].lower) || PRONOUNS.has(tokens[first].lower)) return null;
  if (isAdverbialOpener(tokens[first])) return null;
  const name = wordsOf(tokens, first, e2);
  const a: ResolvedActor = {
    name,
    party: partyOfWords([name]) ?? "OTHER",
    official: false,
    kind: "UNKNOWN",
    roles: [],
    how: "unbekannter Sprecher (Name vor dem Verb)",
  };
  return { kind: "verb", first, last: v, actor: a, co: [], label, anchor: v, npFirst: first, npLast: e2 };
}

/** An unknown phrase that names an office or institution (not a thing or an event). */
const isBodyActor = (a: ResolvedActor): boolean =>
  a.official || HEADLINE_BODY.test(a.roles[0] ?? "") || germanInstitution(a.roles[0] ?? "") !== null;

/** "die Russen" at token k: the side whose people are named, else null. */
function sidePeopleAt(tokens: Token[], k: number): { party: ResolvedActor["party"]; last: number } | null {
  const det = tokens[k];
  const noun = tokens[k + 1];
  if (!det || !noun || det.lower !== "die" || !isCap(noun)) return null;
  const party = SIDE_PEOPLE.get(noun.lower);
  return party ? { party, last: k + 1 } : null;
}

/**
 * An unnamed side in the plural as the subject ("behaupten die Russen", "Die Ukrainer
 * berichten"): that side's government (claim-guidelines.md, "Naming the source").
 */
function sidePeopleSubject(cx: CueContext, v: number, rightStart: number, label: string): CueDraft | null {
  const { tokens } = cx;
  const st = clauseStartBefore(tokens, v);
  const left = v - st === 2 ? sidePeopleAt(tokens, st) : null;
  const right = sidePeopleAt(tokens, rightStart);
  const found = left ?? right;
  const government = found ? SIDE_GOVERNMENTS.get(found.party) : undefined;
  if (!found || !government) return null;
  const first = left ? st : rightStart;
  const actor: ResolvedActor = {
    name: government,
    party: found.party,
    official: true,
    kind: "BODY",
    roles: [],
    how: "ungenannte Seite (Plural) → Regierung",
  };
  return {
    kind: "verb",
    first: Math.min(first, v),
    last: Math.max(found.last, v),
    actor,
    co: [],
    label,
    anchor: v,
    npFirst: first,
    npLast: found.last,
  };
}

/**
 * A verb form between a number and a capitalised noun is an attributive participle ("12 bestätigte
 * Fälle", "40 gemeldete Infektionen"): it qualifies the counted noun and names no speaker.
 */
function attributiveAfterNumber(tokens: Token[], v: number): boolean {
  return tokens[v - 1]?.kind === "n" && !!tokens[v + 1]?.capitalized;
}

function verbCue(cx: CueContext, v: number): CueDraft | null {
  const { tokens, memory, para, pronounActor } = cx;
  const label = `Redeverb „${tokens[v].text}“`;
  const verb = tokens[v].lower;
  const left = leftMentions(cx, v);
  // right: "…, sagte der Sprecher", "teilte das Ministerium mit", "sagte Erika Muster"; not the
  // addressee ("sagte der Zeitung"); after an inverted verb also past a short adverbial
  const opensClause = v > 0 && (tokens[v - 1].text === "," || CLOSE_QUOTES.has(tokens[v - 1].text));
  const addressee = addresseeEnd(tokens, v + 1);
  const adverbialEnd = opensClause ? afterAdverbial(tokens, v + 1) : -1;
  const rightStart = addressee >= 0 ? addressee + 1 : adverbialEnd >= 0 ? adverbialEnd : v + 1;
  const r = phraseAt(cx, rightStart);
  const rightSpeaker = !!r && (!!r.actor || (!!r.pronoun && !!pronounActor));
  if (opensClause && r && rightSpeaker) return cueFromPhrase(cx, v, r, label);
  if (left.subject && left.subject.actor) return cueFromPhrase(cx, v, left.subject, label);
  if (r && rightSpeaker) return cueFromPhrase(cx, v, r, label);
  if (left.subject && left.subject.pronoun && pronounActor) return cueFromPhrase(cx, v, left.subject, label);
  if (INVESTIGATION_VERBS.has(verb) && INVESTIGATION_PREPOSITIONS.has(tokens[v + 1]?.lower ?? "")) return null;
  const side = sidePeopleSubject(cx, v, rightStart, label);
  if (side) return side;
  // right: unknown body after the verb ("teilte der Lawinenwarndienst Tirol mit")
  const subjectFollows = opensClause || !!SPEECH_VERBS.get(verb);
  const fronted = !subjectFollows && afterFrontedAdverbial(tokens, v);
  if (tokens[rightStart] && ARTICLES.has(tokens[rightStart].lower) && (subjectFollows || fronted)) {
    const u = unknownNP(tokens, rightStart, memory, para);
    // after a fronted adverbial the verb may have another sense ("forderte … Menschenleben"): bodies only
    if (u && u.actor && (!fronted || isBodyActor(u.actor))) return unknownCue(u, v, label, v, u.last);
  }
  if (addressee >= 0) return unknownNameBefore(cx, v, label) ?? unknownSubjectAtClauseStart(cx, v, label);
  const found =
    unknownSubjectAtClauseStart(cx, v, label) ??
    unknownSubjectAfterAuxiliary(cx, v, label) ??
    unknownNameAfter(cx, v, label) ??
    unknownNameBefore(cx, v, label);
  if (found) return found;
  if (left.any && left.any.actor) {
    const c = cueFromPhrase(cx, v, left.any, label);
    if (c) c.weak = true; // neither subject position nor after the verb: a guess
    return c;
  }
  return null;
}

export const speechVerbRule: TokenCueRule = {
  id: "speech-verb",
  description: "Rede- oder Berichtsverb („sagte X“, „wie X mitteilte“, „teilte X … mit“)",
  triggerWords: SPEECH_VERBS,
  trigger: (cx, k) => SPEECH_VERBS.has(cx.tokens[k].lower) && isLowerWord(cx.tokens[k]) && !cx.inQuote[k],
  match: (cx, k) => {
    if (!particleFollows(cx.tokens, k, SPEECH_VERBS.get(cx.tokens[k].lower) ?? "")) return null;
    // "Der Angriff forderte 20 Tote" counts victims: no speech act (rule reported.casualty-object of the quotation layer)
    const casualtyLemma = casualtyLemmaOf(cx.tokens[k].lower);
    if (
      casualtyLemma &&
      countsCasualties(cx.tokens, { verb: k, lemma: casualtyLemma }, clauseStartBefore(cx.tokens, k), cx.tokens.length - 1)
    )
      return null;
    if (attributiveAfterNumber(cx.tokens, k)) return null;
    const cue = verbCue(cx, k);
    if (!cue) return null;
    if (PLEDGE_VERBS.has(cx.tokens[k].lower)) cue.pledge = true;
    return { cue };
  },
};
