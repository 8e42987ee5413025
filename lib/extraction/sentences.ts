// German-aware sentence segmentation over the token stream of one paragraph.
// A full stop ends a sentence only when whitespace and a sentence start follow it, and not after
// an abbreviation (z. B., u. a., Nr., Dr., Mio. …), an initial, or an ordinal/date number
// ("am 17. Dezember", "04. November"). Quotes closing after the stop stay with the sentence
// ('… Schutzräumen!“ Das …'). A line break inside a paragraph ends a sentence unless the next
// line continues in lower case (hard-wrapped text): liveblog headlines and titles have no stop.

import { Paragraph, splitParagraphs } from "./paragraphs";
import { Token, tokenize, isCap, CLOSE_QUOTES, OPEN_QUOTES } from "./tokens";
import * as textStructure from "./lexicon/text-structure";

export interface Sentence {
  start: number;
  end: number;
  tokens: Token[];
  /** Index of the paragraph in the paragraph list. */
  para: number;
  /** Index of the sentence inside its paragraph. */
  index: number;
  /** The sentence is a line without final punctuation (headline, title, teaser line). */
  headline: boolean;
}

/** Abbreviations that take a full stop without ending the sentence (lower-case, without the dot). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(textStructure.ABBREVIATIONS);

export const MONTHS: ReadonlySet<string> = new Set(textStructure.MONTHS);

/** Nouns that follow an ordinal number with a dot ("3. Armee", "2. Mal"). Lower-case. */
const ORDINAL_NOUNS: ReadonlySet<string> = new Set(textStructure.ORDINAL_NOUNS);

const ORDINAL_PREV: ReadonlySet<string> = new Set(textStructure.ORDINAL_PREV);

const TERMINALS = new Set([".", "!", "?", "…"]);

function gapHasNewline(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function startsSentence(tok: Token | undefined): boolean {
  if (!tok) return false;
  if (tok.kind === "n" || tok.kind === "m") return true;
  if (tok.kind === "p")
    return OPEN_QUOTES.has(tok.text) || tok.text === "(" || tok.text === "[" || tok.text === "–" || tok.text === "-";
  const f = tok.text[0];
  return f === f.toUpperCase() && f !== f.toLowerCase();
}

/** Whether the full stop at tokens[i] ends no sentence (abbreviation, initial, ordinal). */
function dotIsInternal(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || prev.end !== tokens[i].start) return false;
  if (prev.kind === "w") {
    if (ABBREVIATIONS.has(prev.lower)) {
      // A single capital letter after "auf"/"bei"/"via" is the platform X, not an initial.
      if (prev.text.length === 1 && prev.text === prev.text.toUpperCase()) {
        const pp = tokens[i - 2];
        if (
          pp &&
          (pp.lower === "auf" || pp.lower === "bei" || pp.lower === "via" || pp.lower === "über" || pp.lower === "plattform")
        )
          return false;
      }
      return true;
    }
    if (prev.text.length === 1 && prev.text === prev.text.toUpperCase()) {
      const pp = tokens[i - 2];
      if (pp && (pp.lower === "auf" || pp.lower === "bei" || pp.lower === "via" || pp.lower === "über")) return false;
      return true; // initial: "Joe R. Biden"
    }
  }
  if (prev.kind === "n" && next && next.kind === "w") {
    if (MONTHS.has(next.lower) || ORDINAL_NOUNS.has(next.lower)) return true;
    const pp = tokens[i - 2];
    if (pp && ORDINAL_PREV.has(pp.lower) && prev.text.length <= 2 && isCap(next)) return true;
  }
  return false;
}

/** Shortest word before a stop without a following space that still ends a sentence (longer than "Abs", "Prof"). */
const GLUED_END_MIN = 5;
/** Lower-case letters, the end of a word that is no abbreviation and no initial. */
const LOWER_END = /\p{Ll}{3}$/u;
/** A capitalised word with a lower-case second letter ("Der", not "USA" or a domain). */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * Whether the full stop at toks[i], glued to the words on both sides, is a sentence end whose space
 * got lost: a word of GLUED_END_MIN letters or more that is no abbreviation before it, a
 * capitalised word after it.
 */
function isGluedSentenceEnd(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (!prev || !next || prev.kind !== "w" || next.kind !== "w" || prev.end !== toks[i].start) return false;
  if (prev.text.length < GLUED_END_MIN || ABBREVIATIONS.has(prev.lower) || !LOWER_END.test(prev.text)) return false;
  return CAPITALISED_WORD.test(next.text);
}

/** Append the sentence of toks[from, to) after the tokens `base` carried over from the line before. */
function emitSentence(out: Sentence[], toks: Token[], from: number, to: number, base: Token[], paraIndex: number): void {
  const tk = base.length ? base.concat(toks.slice(from, to)) : toks.slice(from, to);
  if (tk.length === 0) return;
  const last = tk[tk.length - 1];
  const headline = !TERMINALS.has(last.text) && !CLOSE_QUOTES.has(last.text) && last.text !== ")" && last.text !== ":";
  out.push({ start: tk[0].start, end: last.end, tokens: tk, para: paraIndex, index: out.length, headline });
}

/** Split one paragraph into sentences. */
export function splitSentences(text: string, para: Paragraph, paraIndex: number): Sentence[] {
  const out: Sentence[] = [];
  for (const line of para.lines) {
    // Lines are glued to the previous line's sentence when they continue in lower case.
    const toks = tokenize(text, line.start, line.end);
    if (toks.length === 0) continue;
    let startTok = 0;
    const cont = out.length > 0 && !startsSentence(toks[0]) && toks[0].kind === "w";
    const pending: Token[] = cont ? out.pop()!.tokens : [];
    let base = pending;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      // "++" separates the parts of a liveblog title: "Krieg gegen die Ukraine ++ Selenskyj: …"
      if (t.text === "+" && toks[i + 1] && toks[i + 1].text === "+" && toks[i + 1].start === t.end) {
        if (i > startTok) emitSentence(out, toks, startTok, i, base, paraIndex);
        base = [];
        let j = i + 1;
        while (j + 1 < toks.length && toks[j + 1].text === "+") j++;
        startTok = j + 1;
        i = j;
        continue;
      }
      if (t.kind !== "p" || !TERMINALS.has(t.text)) continue;
      // absorb following terminals and closing quotes/brackets glued to the stop
      let j = i;
      while (
        j + 1 < toks.length &&
        toks[j + 1].start === toks[j].end &&
        toks[j + 1].kind === "p" &&
        (TERMINALS.has(toks[j + 1].text) || CLOSE_QUOTES.has(toks[j + 1].text) || toks[j + 1].text === ")")
      )
        j++;
      const next = toks[j + 1];
      if (!next) {
        i = j;
        continue;
      }
      // no space after the stop: "S.A.Dudajev", "11.000" – unless a word ends the sentence and a
      // capitalised word opens the next one ("…, sagte die Ministerin.Der Verband …": a lost space)
      if (next.start === toks[j].end && !(t.text === "." && j === i && isGluedSentenceEnd(toks, i))) continue;
      if (!startsSentence(next)) continue;
      // a closing quote after the stop may actually open the next quote ('"' is ambiguous)
      if (t.text === "." && dotIsInternal(toks, i)) continue;
      emitSentence(out, toks, startTok, j + 1, base, paraIndex);
      base = [];
      startTok = j + 1;
      i = j;
    }
    emitSentence(out, toks, startTok, toks.length, base, paraIndex);
  }
  for (let k = 0; k < out.length; k++) out[k].index = k;
  return out;
}

/** The sentences of each paragraph of a text (splitParagraphs, then splitSentences). */
export function sentencesOfText(text: string): Sentence[][] {
  return splitParagraphs(text).map((para, paraIndex) => splitSentences(text, para, paraIndex));
}

/** Whether there is a line break between two offsets (used by callers that look at raw gaps). */
export { gapHasNewline };
