// Shared by the rules that end in a document noun ("laut Angaben der Polizei", "nach Angaben
// Selenskyjs", "ukrainischen Angaben zufolge", "nach eigenen Angaben", "UN-Angaben zufolge"):
// who the document belongs to. Not a rule of its own; the calling rule's id is stamped.

import type { Token } from "../tokens";
import { isCap, ruleWordToken } from "../tokens";
import { fromEntry, germanInstitution, isAdjective, isCityAdjective, parseNP, sideActor, unknownNP } from "../attribution";
import { partyOfWords, placeParty, wordParty } from "../parties";
import { ANAPHORIC_DETERMINERS, ARTICLES, GENITIVE_LINKS, SOURCE_DOCUMENTS } from "../lexicon";
import { CueContext, coordinated, phraseAt, subjectOf, wordsOf } from "./context";
import type { CueDraft } from "./types";

/** "UN" of "UN-Angaben", "Behörden" of "Behördenangaben"; null unless the word is such a compound. */
export function angabenCompound(t: Token): string | null {
  return t.lower.endsWith("angaben") && t.lower !== "angaben" ? t.text.slice(0, -7).replace(/-$/, "") : null;
}

/** Whether token t is a document noun or a "…angaben" compound. */
export const isSourceDocument = (t: Token | undefined): boolean =>
  !!t && t.kind === "w" && (SOURCE_DOCUMENTS.has(t.lower) || angabenCompound(t) !== null);

/** Adjectives (and city adjectives) from token j on, at most until token limit; returns them and the next index. */
export function adjectivesFrom(tokens: Token[], j: number, limit: number): { adjs: Token[]; next: number } {
  const adjs: Token[] = [];
  let k = j;
  while (k < tokens.length && k <= limit && (isAdjective(tokens[k]) || isCityAdjective(tokens[k]))) adjs.push(tokens[k++]);
  return { adjs, next: k };
}

const OFFICIAL_ADJECTIVE = /^(offiziell|amtlich|regierungsamtlich)/;

/**
 * The cue of a document noun at token j, the cue starting at token k, with the adjectives before
 * the noun and its compound head (see angabenCompound).
 */
export function documentCue(cx: CueContext, k: number, j: number, adjs: Token[], compound: string | null): CueDraft | null {
  const { tokens, memory, para, lastSpeaker } = cx;
  const label = `Quellenangabe „${wordsOf(tokens, k, j)}“`;
  const span = { first: k, last: j, co: [], label, anchor: k };
  // "den Angaben zufolge", "nach diesen Angaben", "seinen Angaben zufolge": the speaker before
  const det = tokens[j - adjs.length - 1];
  const next = tokens[j + 1];
  if (det && ANAPHORIC_DETERMINERS.has(det.lower) && !(next && ["des", "der", "von"].includes(next.lower))) {
    const a = lastSpeaker ?? memory.recentPerson();
    if (!a) return null;
    return {
      ...span,
      kind: "pronoun",
      first: Math.min(k, j - adjs.length - 1),
      actor: { ...a, how: `${a.how}; „${det.text} ${tokens[j].text}“ → vorige Quelle` },
    };
  }
  const g = next;
  if (g && GENITIVE_LINKS.has(g.lower)) {
    const n = phraseAt(cx, g.lower === "von" ? j + 2 : j + 1) ?? phraseAt(cx, j + 2);
    if (n && n.actor) return { ...span, kind: "prep", last: n.last, actor: n.actor, co: coordinated(cx, n) };
    const u = unknownNP(tokens, g.lower === "von" || g.lower === "vom" ? j + 2 : j + 1, memory, para);
    if (u && u.actor) return { ...span, kind: "prep", last: u.last, actor: u.actor };
  }
  if (g && (g.lower === "aus" || g.lower === "in") && tokens[j + 2] && isCap(tokens[j + 2])) {
    // "Angaben aus Moskau", "Kreisen in Kiew": the side, or the body named there
    const n = phraseAt(cx, j + 2);
    if (n && n.actor) return { ...span, kind: "prep", last: n.last, actor: n.actor };
    const p = placeParty(tokens[j + 2].text) ?? wordParty(tokens[j + 2].text);
    if (p) return { ...span, kind: "side", last: j + 2, actor: sideActor(p, "ungenannte Seite (Ort)") };
  }
  if (g && (isCap(g) || isAdjective(g))) {
    // genitive without article: "Angaben Selenskyjs", "Angaben ukrainischer Behörden"
    const n = phraseAt(cx, j + 1);
    if (n && n.actor) return { ...span, kind: "prep", last: n.last, actor: n.actor, co: coordinated(cx, n) };
    const u = unknownNP(tokens, j + 1, memory, para);
    if (u && u.actor) return { ...span, kind: "prep", last: u.last, actor: u.actor };
  }
  if (adjs.some((a) => OFFICIAL_ADJECTIVE.test(a.lower))) return officialCue(cx, k, j, span);
  if (adjs.some((a) => a.lower.startsWith("eigen"))) return ownCue(cx, k, j, span);
  const adjParty = partyOfWords(adjs.map((a) => a.text));
  if (adjParty) return { ...span, kind: "side", actor: sideActor(adjParty, "ungenannte Seite (Adjektiv)") };
  if (compound) return compoundCue(cx, j, compound, span);
  return null;
}

type Span = Pick<CueDraft, "first" | "last" | "co" | "label" | "anchor">;

/** "nach offiziellen Angaben": the official side of the sentence's subject, else of the context. */
function officialCue(cx: CueContext, k: number, j: number, span: Span): CueDraft | null {
  const s = subjectOf(cx, k, j);
  if (s && s.actor && s.actor.party !== "OTHER")
    return { ...span, kind: "own", actor: { ...s.actor, how: `${s.actor.how}; „offizielle Angaben“ → Satzsubjekt` } };
  const p = cx.memory.recentOfficialParty();
  if (p) return { ...span, kind: "side", actor: sideActor(p, "„offizielle Angaben“ → Seite aus dem Kontext") };
  return null;
}

/** "nach eigenen Angaben": the subject of the sentence, also one outside the lexicon. */
function ownCue(cx: CueContext, k: number, j: number, span: Span): CueDraft | null {
  const { tokens, memory, para } = cx;
  const s = subjectOf(cx, k, j);
  if (s && s.actor) return { ...span, kind: "own", actor: { ...s.actor, how: `${s.actor.how}; „eigene Angaben“ → Satzsubjekt` } };
  // a subject outside the lexicon at the clause start ("Der Verein „X“ hat nach eigenen Angaben …")
  let c0 = k - 1;
  while (c0 > 0 && k - c0 < 12 && tokens[c0 - 1].text !== "," && tokens[c0 - 1].text !== ";" && tokens[c0 - 1].text !== ":") c0--;
  if (c0 >= 0 && c0 < k && (ARTICLES.has(tokens[c0].lower) || isCap(tokens[c0]))) {
    const u = unknownNP(tokens, c0, memory, para);
    if (u && u.actor && u.last < k)
      return { ...span, kind: "own", actor: { ...u.actor, how: `${u.actor.how}; „eigene Angaben“ → Satzsubjekt` } };
  }
  return null;
}

/** "UN-Angaben", "Behördenangaben", "Militärangaben": the compound's first part is the source. */
function compoundCue(cx: CueContext, j: number, compound: string, span: Span): CueDraft | null {
  const { tokens, memory, para, place } = cx;
  // a fresh token: no cached analyses of the whole compound
  const fake: Token[] = [
    ruleWordToken(tokens[j].start, tokens[j].start + compound.length, compound, compound[0] !== compound[0].toLowerCase()),
  ];
  const m = memory.matcher.matchAt(fake, 0);
  if (m) return { ...span, kind: "prep", actor: fromEntry(memory, m, "Akteursverzeichnis") };
  const p = wordParty(compound) ?? wordParty(compound + "-");
  if (p && p !== "OTHER") return { ...span, kind: "side", actor: sideActor(p, "ungenannte Seite (Kompositum)") };
  const n = parseNP(fake, 0, memory, para, place);
  if (n && n.actor) return { ...span, kind: "prep", actor: { ...n.actor, how: n.actor.how + " (aus Kompositum)" } };
  // "Regierungsangaben": drop the linking s after -ung/-heit/-keit/-schaft/-tion/-tät
  const stem = /(ung|heit|keit|schaft|tion|tät|ums)s$/.test(compound) ? compound.slice(0, -1) : compound;
  if (stem !== compound) {
    const f2: Token[] = [{ ...fake[0], end: fake[0].start + stem.length, text: stem, lower: stem.toLowerCase() }];
    const n2 = parseNP(f2, 0, memory, para, place);
    if (n2 && n2.actor) return { ...span, kind: "prep", actor: { ...n2.actor, how: n2.actor.how + " (aus Kompositum)" } };
  }
  // "Herstellerangaben", "Veranstalterangaben": the first part names the source as written
  if (stem.length >= 4 && fake[0].capitalized && !/[^A-Za-zÄÖÜäöüß]/.test(stem)) {
    return {
      ...span,
      kind: "prep",
      actor: {
        name: stem,
        party: germanInstitution(stem) ?? "OTHER",
        official: false,
        kind: "UNKNOWN",
        roles: [stem.toLowerCase()],
        how: "Quelle aus Kompositum „…angaben“",
      },
    };
  }
  return null;
}
