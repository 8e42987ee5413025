// Core claim extraction: plain text in, claims out (offsets into the same text, UTF-16).
// Pipeline per paragraph: sentences → number mentions → attribution cues → actor/party →
// caveat → explanation. Attribution state (last speaker) lives per paragraph; coreference state
// (recent actors, places) lives per text. Pure and deterministic; no database/Next/React imports.

import type { ActorEntry, ExtractedClaim, ExtractedQuote, ExtractionConfig, Party } from "./types";
import { findQuotes } from "./quotes/find-quotes";
import { applyQuoteSources } from "./quotes/claim-sources";
import { resolveConfig } from "./config";
import { ActorMatcher } from "./actors";
import { sentencesOfText, Sentence } from "./sentences";
import { findNumbers, NumberMention } from "./numbers";
import { AttributionContext, Cue, ResolvedActor, isBackReference, isReportedSpeech } from "./attribution";
import { findCues } from "./rules";
import { resolveSourceParty } from "./party-resolution";
import { decideCaveat, isAboutWar } from "./caveat";
import { placeParty, tokenPlaceParty } from "./parties";
import { isCap as importedIsCap } from "./tokens";
import { describeCount } from "./events";
import { COUNTRIES_NOT_PLACES } from "./lexicon";
// Bound once: tsx compiles every use of an imported binding into two getter calls (these run per token).
const isCap = importedIsCap;

const matcherCache = new WeakMap<ActorEntry[], ActorMatcher>();

/** The gazetteer matcher for a list of actors (built once per list). */
export function getMatcher(actors: ActorEntry[]): ActorMatcher {
  let m = matcherCache.get(actors);
  if (!m) {
    m = new ActorMatcher(actors);
    matcherCache.set(actors, m);
  }
  return m;
}

interface Speaker {
  actor: ResolvedActor;
  co: ResolvedActor[];
  text: string;
  label: string;
  /** Id of the cue rule that found the speaker (lib/extraction/rules/). */
  rule: string;
}

interface Pending {
  claim: ExtractedClaim;
  numRule: string;
  attributed: boolean;
}

const MEDIA_KINDS = new Set(["MEDIA", "AGENCY"]);

/** How far (in tokens) a cue may stand from the figure it attributes. */
const CUE_WINDOW = 80;

function chooseCue(withActor: Cue[], numTok: number): Cue | null {
  // withActor is sorted by anchor: binary search the window around the figure
  let lo = 0;
  let hi = withActor.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (withActor[mid].anchor < numTok - CUE_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  let best: Cue | null = null;
  let bestScore = Infinity;
  let n = 0;
  for (let i = lo; i < withActor.length && withActor[i].anchor <= numTok + CUE_WINDOW; i++) n++;
  for (let i = lo; i < lo + n; i++) {
    const c = withActor[i];
    let score = Math.abs(c.anchor - numTok);
    // a news agency or media report that carries someone else's statement is not the origin
    if (n > 1 && c.actor && MEDIA_KINDS.has(c.actor.kind) && !c.actor.official) score += 1000;
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** Cue kinds that can tag a quotation after it closes ("…“, sagte X" / "…“, so X"). */
const QUOTE_TAG_KINDS: ReadonlySet<Cue["kind"]> = new Set(["verb", "so"]);

/**
 * The tag right after the quotation that holds token numTok ("„… 20 … …“, sagte X"): it names
 * the quotation's speaker however long the quotation is.
 */
function tagAfterQuote(withActor: Cue[], quoted: boolean[], numTok: number): Cue | null {
  let close = numTok;
  while (close < quoted.length && quoted[close]) close++;
  if (close >= quoted.length) return null;
  // the closing mark, then at most a comma before the tag
  return (
    withActor.find(
      (c) => QUOTE_TAG_KINDS.has(c.kind) && Math.min(c.first, c.anchor) > close && Math.min(c.first, c.anchor) <= close + 2,
    ) ?? null
  );
}

/** German number formatting without Intl (fast): 11000 → "11.000", 1.5 → "1,5". */
export function fmtNumber(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  const neg = r < 0;
  const [int, frac] = String(Math.abs(r)).split(".");
  let g = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) g += ".";
    g += int[i];
  }
  return (neg ? "-" : "") + g + (frac ? "," + frac : "");
}

/**
 * Quotation marks of a sentence: whether it leaves a quotation open at its end, and whether it
 * starts by closing one that was open before (offset of that closing mark).
 */
function quoteBalance(tokens: Sentence["tokens"]): { opensUnclosed: boolean; closesFirst: boolean; closeAt: number } {
  let depth = 0;
  let closesFirst = false;
  let closeAt = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== "p") continue;
    // a straight quote glued to the word before it closes; otherwise it opens
    const straightCloses = t.text === '"' && i > 0 && tokens[i - 1].end === t.start;
    if (t.text === "„" || t.text === "»" || (t.text === '"' && !straightCloses)) depth++;
    else if (t.text === "“" || t.text === "«" || t.text === "”" || straightCloses) {
      if (depth === 0 && !closesFirst) {
        closesFirst = true;
        closeAt = t.start;
      } else if (depth > 0) depth--;
    }
  }
  return { opensUnclosed: depth > 0, closesFirst, closeAt };
}

/**
 * Which tokens of a sentence lie inside a direct quotation, given whether the sentence starts
 * inside one (a quotation opened in an earlier sentence of the paragraph).
 */
function insideQuote(tokens: Sentence["tokens"], startInside: boolean): { mask: boolean[]; endInside: boolean } {
  const mask = new Array<boolean>(tokens.length).fill(false);
  let inside = startInside;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === "p") {
      const straightCloses = t.text === '"' && i > 0 && tokens[i - 1].end === t.start;
      if (t.text === "„" || t.text === "»" || (t.text === '"' && !straightCloses)) {
        inside = true;
        continue;
      }
      if (t.text === "“" || t.text === "«" || t.text === "”" || straightCloses) {
        inside = false;
        continue;
      }
    }
    mask[i] = inside;
  }
  return { mask, endInside: inside };
}

/** Whether the clause around token `at` (between commas/colons) is itself in Konjunktiv. */
function clauseIsReported(tokens: Sentence["tokens"], at: number): boolean {
  let a = at;
  while (a > 0 && at - a < 30 && tokens[a - 1].text !== "," && tokens[a - 1].text !== ":") a--;
  let b = at;
  while (b < tokens.length - 1 && b - at < 30 && tokens[b + 1].text !== "," && tokens[b + 1].text !== ":") b++;
  return isReportedSpeech(tokens.slice(a, b + 1));
}

/**
 * A sentence that only continues the previous one's topic: "Nach Kiewer Angaben sind es 700.000",
 * "Demnach waren es …", "Darunter sind …".
 */
const ANAPHORIC_CONTINUATION =
  /\b(sind|waren|seien|wären|sollen|dürften) es\b|\bes (sind|waren|seien|wären|sollen|dürften)\b|^(Demnach|Davon|Darunter|Dabei)\b/;

/**
 * How a claim got its source when no cue of its own sentence named it: carried from the previous
 * sentence's speaker (reported speech or a quotation going on), from a back-reference ("Das
 * teilte X mit."), from the speaker named after a quotation, or none. Named in the explanation.
 */
type AttributionPath = "back-reference" | "after-quote" | "carry-reported" | "carry-quote" | "unattributed" | null;

/** The party stage (lib/extraction/party-resolution.ts) applied to a speaker and its co-sources. */
function decideParties(found: Speaker | null, written: string): { speaker: Speaker | null; partyRules: string[] } {
  if (!found) return { speaker: null, partyRules: [] };
  const main = resolveSourceParty(found.actor, written);
  const co = found.co.map((a) => resolveSourceParty(a, written));
  const partyRules = [...new Set([main.rule, ...co.map((d) => d.rule)])];
  return { speaker: { ...found, actor: main.actor, co: co.map((d) => d.actor) }, partyRules };
}

/**
 * Speakers of the paragraph with the sentences they spoke in; whether one of them was about the
 * war (isAboutWar) is decided only when a carried figure asks, each sentence scanned at most once
 * (most sentences are never asked about; scanning each one cost about 3 % of the engine's time).
 */
class WarSpeakers {
  private unscanned = new Map<string, string[]>();
  private aboutWar = new Set<string>();

  note(speaker: string, sentence: string): void {
    if (this.aboutWar.has(speaker)) return;
    const sentences = this.unscanned.get(speaker);
    if (sentences) sentences.push(sentence);
    else this.unscanned.set(speaker, [sentence]);
  }

  has(speaker: string): boolean {
    if (this.aboutWar.has(speaker)) return true;
    const sentences = this.unscanned.get(speaker);
    if (!sentences) return false;
    this.unscanned.delete(speaker);
    if (!sentences.some((s) => isAboutWar(s).yes)) return false;
    this.aboutWar.add(speaker);
    return true;
  }

  clear(): void {
    this.unscanned.clear();
    this.aboutWar.clear();
  }
}

/** The rule ids of a claim, as the last sentence of its explanation (read back by lib/extraction/evaluate.ts). */
export const explainRules = (ids: string[]): string => `Regeln: ${ids.join(", ")}.`;

/** Extract the claims of a plain text. */
export function extractClaims(text: string, config?: Partial<ExtractionConfig>): ExtractedClaim[] {
  return extractClaimsAndQuotes(text, config).claims;
}

/** Claims and quotations of a plain text; a number inside a quotation takes its source. */
export function extractClaimsAndQuotes(
  text: string,
  config?: Partial<ExtractionConfig>,
): { claims: ExtractedClaim[]; quotes: ExtractedQuote[] } {
  if (typeof text !== "string" || text.length === 0) return { claims: [], quotes: [] };
  const cfg = resolveConfig(config);
  const matcher = getMatcher(cfg.actors);
  // both passes read the same sentences: the text is split and tokenised once
  const paragraphSentences = sentencesOfText(text);
  const claims = claimsOfText(text, cfg, matcher, paragraphSentences);
  const quotes = findQuotes(text, matcher, paragraphSentences);
  applyQuoteSources(
    text,
    claims,
    quotes,
    cfg.conflictParties,
    (name) => !!matcher.byName(name)?.official,
    (name) => !!matcher.byName(name),
  );
  return { claims, quotes };
}

function claimsOfText(
  text: string,
  cfg: ExtractionConfig,
  matcher: ActorMatcher,
  paragraphSentences: Sentence[][],
): ExtractedClaim[] {
  const ctx = new AttributionContext(matcher);
  const out: ExtractedClaim[] = [];
  /** Speakers whose earlier statement in the current paragraph was about the war. */
  const warSpeakers = new WarSpeakers();

  const finish = (
    p: Pending,
    found: Speaker | null,
    cue: Cue | null,
    s: Sentence,
    carried: boolean,
    path: AttributionPath,
  ): void => {
    const c = p.claim;
    const written = cue && !carried ? text.slice(s.tokens[cue.first].start, s.tokens[cue.last].end) : (found?.text ?? "");
    const { speaker, partyRules } = decideParties(found, written);
    if (speaker) {
      c.actor = speaker.actor.name;
      c.party = speaker.actor.party;
      c.official = speaker.actor.official;
      if (cue && !carried) {
        let f = cue.first;
        let l = cue.last;
        const tk = s.tokens;
        // the cue text never contains the value: fall back to the speaker phrase
        if (tk[f].start <= c.start && tk[l].end >= c.end && cue.npFirst !== undefined && cue.npLast !== undefined) {
          f = cue.npFirst;
          l = cue.npLast;
        }
        c.sourceStart = tk[f].start;
        c.sourceEnd = tk[l].end;
        c.sourceText = text.slice(c.sourceStart, c.sourceEnd);
      } else {
        c.sourceText = speaker.text;
        c.sourceStart = -1;
        c.sourceEnd = -1;
      }
    } else {
      c.actor = "";
      c.party = "NONE";
      c.official = false;
      c.sourceText = "";
      c.sourceStart = -1;
      c.sourceEnd = -1;
    }
    const sources = speaker ? [speaker.actor, ...speaker.co] : [];
    c.sources = sources.map((a) => ({ actor: a.name, party: a.party, official: a.official }));
    const cav = decideCaveat(
      sources.map((a) => ({ actor: a.name, party: a.party, official: a.official })),
      c.sentence,
      c.what,
      cfg.conflictParties,
      (carried && !!speaker && warSpeakers.has(speaker.actor.name)) ||
        (prevSentence !== null && isAboutWar(prevSentence).yes && ANAPHORIC_CONTINUATION.test(c.sentence)),
    );
    c.caveat = cav.caveat;
    const src = speaker
      ? carried
        ? `Quelle: aus dem vorigen Satz fortgeführt (indirekte Rede/Konjunktiv) – ${speaker.label} → ${speaker.actor.name} (${speaker.actor.party}; ${speaker.actor.how}).`
        : `Quelle: ${speaker.label} → ${speaker.actor.name} (${speaker.actor.party}; ${speaker.actor.how})${speaker.co.length ? `; zusammen mit ${speaker.co.map((a) => `${a.name} (${a.party})`).join(", ")}` : ""}.`
      : "Quelle: keine Zuschreibung im Satz – Angabe der Redaktion.";
    const rules = [speaker ? speaker.rule : null, path, ...partyRules].filter((r): r is string => !!r);
    c.explanation = `Zahl: ${p.numRule}; Wert ${fmtNumber(c.value)}${c.total !== null ? ` von ${fmtNumber(c.total)}` : ""}${c.what ? ` (${c.what})` : ""}. ${src} ${cav.reason}${cav.caveat ? ` ${cfg.caveatText}` : ""} ${explainRules(rules)}`;
  };

  /** The previous sentence of the paragraph (whether it was about the war is asked only by a figure that continues it). */
  let prevSentence: string | null = null;
  for (let pi = 0; pi < paragraphSentences.length; pi++) {
    const sentences = paragraphSentences[pi];
    prevSentence = null;
    let last: Speaker | null = null;
    warSpeakers.clear();
    let prevPending: { pending: Pending[]; sentence: Sentence } | null = null;
    let lastWhat = "";
    let openQuote: { pending: Pending[]; sentences: Map<Pending, Sentence> } | null = null;
    let quoteOpenAtStart = false;

    for (const s of sentences) {
      const nums: NumberMention[] = findNumbers(text, s.tokens, lastWhat);
      if (nums.length) lastWhat = nums[nums.length - 1].what;
      const { cues, mentions } = findCues(s.tokens, ctx, pi, last ? last.actor : null);
      const sentenceText = text.slice(s.start, s.end);

      // "Das teilte X mit." attributes the previous sentence's unattributed figures
      if (isBackReference(s.tokens) && prevPending) {
        const cue = cues.find((c) => c.kind === "verb" && c.actor);
        if (cue && cue.actor) {
          const sp: Speaker = {
            actor: cue.actor,
            co: cue.co,
            text: text.slice(s.tokens[cue.first].start, s.tokens[cue.last].end),
            label: `${cue.label} (im Folgesatz „Das … mit“)`,
            rule: cue.rule,
          };
          for (const p of prevPending.pending) {
            finish(p, sp, null, prevPending.sentence, true, "back-reference");
            p.claim.sourceText = sp.text;
          }
        }
      }

      // A quotation opened in an earlier sentence and closed here, followed by its speaker:
      // „… 300 Menschen sind obdachlos. Wir brauchen Hilfe“, sagte Klitschko.
      const q = quoteBalance(s.tokens);
      if (openQuote && q.closesFirst) {
        const cue = cues.find((c) => QUOTE_TAG_KINDS.has(c.kind) && c.actor && s.tokens[c.anchor].start > q.closeAt);
        if (cue && cue.actor) {
          const sp: Speaker = {
            actor: cue.actor,
            co: cue.co,
            text: text.slice(s.tokens[cue.first].start, s.tokens[cue.last].end),
            label: `${cue.label} (nach dem Zitat)`,
            rule: cue.rule,
          };
          for (const p of openQuote.pending) {
            finish(p, sp, null, openQuote.sentences.get(p)!, true, "after-quote");
            p.claim.sourceText = sp.text;
          }
        }
        openQuote = null;
      }

      const cuesWithActor = cues.filter((c) => c.actor).sort((a, b) => a.anchor - b.anchor);
      const pendings: Pending[] = [];
      // only the figures ask whether the sentence is reported speech (most sentences have none)
      const reported = nums.length > 0 && isReportedSpeech(s.tokens);
      const qm = insideQuote(s.tokens, quoteOpenAtStart);
      const quoted = qm.mask;
      for (const n of nums) {
        const claim: ExtractedClaim = {
          start: n.start,
          end: n.end,
          sentence: sentenceText,
          sentenceStart: s.start,
          sentenceEnd: s.end,
          valueText: text.slice(n.start, n.end),
          value: n.value,
          qualifier: n.qualifier,
          total: n.total,
          what: n.what,
          ...describeCount(sentenceText, n.start - s.start, n.end - s.start, n.what),
          sourceText: "",
          sourceStart: -1,
          sourceEnd: -1,
          actor: "",
          party: "NONE" as Party,
          official: false,
          caveat: false,
          sources: [],
          explanation: "",
        };
        const p: Pending = { claim, numRule: n.rule, attributed: false };
        out.push(claim);
        let cue = quoted[n.numTok]
          ? (tagAfterQuote(cuesWithActor, quoted, n.numTok) ?? chooseCue(cuesWithActor, n.numTok))
          : chooseCue(cuesWithActor, n.numTok);
        // in reported speech, a guessed speaker or a promise verb is content, not attribution
        if (cue && reported && last && (cue.weak || cue.pledge) && clauseIsReported(s.tokens, cue.anchor)) cue = null;
        if (cue && cue.actor) {
          const sp: Speaker = { actor: cue.actor, co: cue.co, text: "", label: cue.label, rule: cue.rule };
          finish(p, sp, cue, s, false, null);
          p.attributed = true;
        } else if (reported && last) {
          finish(p, last, null, s, true, "carry-reported");
          p.attributed = true;
        } else if (last && quoted[n.numTok]) {
          // a direct quotation without its own cue continues the paragraph's speaker; a speaker
          // named after the quotation („…“, sagte Y) still overrides it
          finish(p, last, null, s, true, "carry-quote");
          p.attributed = true;
          pendings.push(p);
        } else {
          finish(p, null, null, s, false, "unattributed");
          pendings.push(p);
        }
      }
      prevPending = pendings.length ? { pending: pendings, sentence: s } : null;
      quoteOpenAtStart = qm.endInside;
      if (q.opensUnclosed) openQuote = { pending: [], sentences: new Map() };
      if (openQuote && (q.opensUnclosed || !q.closesFirst)) {
        for (const p of pendings) {
          openQuote.pending.push(p);
          openQuote.sentences.set(p, s);
        }
        if (openQuote.pending.length > 200) openQuote = null; // a quote that never closes
      }

      // update the paragraph's speaker: the cue with an actor that is nearest the end wins,
      // verbs before prepositions (they name the origin)
      const withActor = cues.filter((c) => c.actor);
      if (withActor.length) {
        const origin = withActor.filter((c) => c.origin);
        const verb = withActor.filter((c) => c.kind === "verb");
        const pick = (origin.length ? origin : verb.length ? verb : withActor).reduce((a, b) => (b.anchor > a.anchor ? b : a));
        last = {
          actor: pick.actor!,
          co: pick.co,
          text: text.slice(s.tokens[pick.first].start, s.tokens[pick.last].end),
          label: pick.label,
          rule: pick.rule,
        };
      }
      // paragraph topic: a speaker who spoke about the war keeps that topic in follow-up sentences
      if (last) warSpeakers.note(last.actor.name, sentenceText);
      prevSentence = sentenceText;
      // coreference memory
      for (const m of mentions) if (m.actor) ctx.remember(m.actor);
      for (const c of withActor) ctx.remember(c.actor!);
      // indexed loops over the tokens: a for-of over a sentence of 100 000 tokens allocates an
      // iterator result per token when the loop runs on-stack-replaced (one long sentence)
      for (let k = 0; k < s.tokens.length; k++) {
        const t = s.tokens[k];
        if (isCap(t) && !COUNTRIES_NOT_PLACES.has(t.lower)) {
          const pp = tokenPlaceParty(t);
          if (pp) ctx.addPlace(t.text.endsWith("s") && placeParty(t.text.slice(0, -1)) ? t.text.slice(0, -1) : t.text, pp, pi);
        }
      }
    }
  }
  out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

export { DEFAULT_CONFIG, resolveConfig } from "./config";
export { DEFAULT_ACTORS } from "./actors";
