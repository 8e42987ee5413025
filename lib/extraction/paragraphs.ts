// Paragraphs of plain article text and the page furniture around them.
// A paragraph is a block of lines between blank lines. Lines that are page furniture (font-size
// widgets, photo credits, author tags, liveblog entry headers, "Stand:" lines) are removed from
// their paragraph, and a teaser block introduced by a line such as "Empfohlen" ends the article.
// An agency tag "(dpa)" closing a paragraph is recorded as the paragraph's carrier and cut off, so
// that it is never taken for a speaker. All scans are per line and linear; the only regular
// expressions are anchored, have bounded repetition and run on a single line.

import * as textStructure from "./lexicon/text-structure";

export interface Line {
  start: number;
  end: number;
}

export interface AgencyTag {
  text: string;
  agency: string;
  start: number;
  end: number;
}

export interface Paragraph {
  /** Offsets of the kept text (from the first kept line's start to the last kept line's end). */
  start: number;
  end: number;
  /** Kept lines, in order; a single newline inside a paragraph separates lines. */
  lines: Line[];
  /** Agency tag that closed the paragraph ("(dpa)"), or null. */
  agency: AgencyTag | null;
  /** The paragraph directly follows a liveblog entry header: it is the entry's headline. */
  entryHeadline: boolean;
}

/** Lines that are widgets or labels of the page, compared lower-case, trimmed, without final colon. */
export const FURNITURE_LINES: ReadonlySet<string> = new Set(textStructure.FURNITURE_LINES);

/** Line prefixes that mark furniture (credits, programme notes). Lower-case. */
export const FURNITURE_PREFIXES: readonly string[] = [
  "foto:",
  "fotos:",
  "bild:",
  "bilder:",
  "bildquelle:",
  "©",
  "copyright",
  "dieses thema im programm:",
  "mit material von",
  "quelle: dpa",
  "quelle: afp",
  "quelle: reuters",
  "mehr zum thema:",
  "lesen sie auch:",
  "zum thema:",
  "stand:",
];

/** Substrings that make a line a caption or credit line ("… / Foto: © POOL/AFP"). Lower-case. */
export const FURNITURE_INFIXES: readonly string[] = ["/ foto:", "| foto:", "foto: ©", "bild: ©", "(foto:", "©"];
/** Every FURNITURE_INFIXES entry holds one of these: checked first (tests/unit/extraction/segmentation.test.ts). */
export const FURNITURE_INFIX_MARKS: readonly string[] = ["©", "foto:"];

/** A line of its own that introduces teasers of other articles: everything after it is dropped. */
export const TEASER_INTROS: ReadonlySet<string> = new Set(textStructure.TEASER_INTROS);

/** Agencies whose tag closes a paragraph. Lower-case. */
export const AGENCY_TAGS: ReadonlySet<string> = new Set(textStructure.AGENCY_TAGS);

// Entry header "04.11.2024 • 23:36 Uhr": a whole line, bounded repetitions only.
const ENTRY_HEADER_RE =
  /^[ \t\u00a0]{0,8}\d{1,2}\.\d{1,2}\.\d{2,4}[ \t\u00a0]{0,4}(?:[•·|\-–—][ \t\u00a0]{0,4})?\d{1,2}[:.]\d{2}(?:[ \t\u00a0]{0,4}Uhr)?[ \t\u00a0]{0,8}$/;
// Author or source tag alone on a line: "(S.A.Dudajev--DTZ)", "(dpa/AFP)".
const TAG_LINE_RE = /^[ \t\u00a0]{0,8}\([^\s()]{1,60}\)[ \t\u00a0]{0,8}$/;

const MAX_CLASSIFIED_LINE = 400; // longer lines are article text, never furniture

function isBlankLine(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x0b || c === 0x0c || c === 0x200b || c === 0xfeff))
      return false;
  }
  return true;
}

function normLine(raw: string): string {
  return withoutTrailingColons(raw.trim().toLowerCase());
}

function withoutTrailingColons(lower: string): string {
  let s = lower;
  while (s.endsWith(":")) s = s.slice(0, -1).trimEnd();
  return s;
}

export function isEntryHeaderLine(line: string): boolean {
  return line.length <= 60 && ENTRY_HEADER_RE.test(line);
}

export function isFurnitureLine(line: string): boolean {
  if (line.length > MAX_CLASSIFIED_LINE) return false;
  // every line up to MAX_CLASSIFIED_LINE is asked: lower-cased once, not once per question
  const lower = line.trim().toLowerCase();
  if (FURNITURE_LINES.has(withoutTrailingColons(lower))) return true;
  for (const p of FURNITURE_PREFIXES) if (lower.startsWith(p)) return true;
  // most lines hold no infix mark and skip the scan for each infix
  if (FURNITURE_INFIX_MARKS.some((mark) => lower.includes(mark)))
    for (const p of FURNITURE_INFIXES) if (lower.includes(p)) return true;
  return TAG_LINE_RE.test(line);
}

export function isTeaserIntro(line: string): boolean {
  return line.length <= 60 && TEASER_INTROS.has(normLine(line));
}

/** "(dpa)" / "(afp)" / "(rtr)" / "(AP)" / "(dpa/AFP)" at the end of text[s,e); null when absent. */
export function findAgencyTag(text: string, s: number, e: number): AgencyTag | null {
  let end = e;
  while (end > s && /\s/.test(text[end - 1])) end--;
  if (end <= s || text[end - 1] !== ")") return null;
  // bounded look-back: a tag is short ("(dpa/AFP)"), so never scan further than 30 characters
  let open = -1;
  for (let k = end - 2; k >= Math.max(s, end - 30); k--) {
    if (text[k] === "(") {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  const inner = text
    .slice(open + 1, end - 1)
    .trim()
    .toLowerCase();
  const parts = inner.split(/[/,]/).map((p) => p.trim());
  if (parts.length === 0 || !parts.every((p) => AGENCY_TAGS.has(p))) return null;
  return { text: text.slice(open, end), agency: inner, start: open, end };
}

/** Split text into paragraphs without furniture; linear in the length of the text. */
export function splitParagraphs(text: string): Paragraph[] {
  const paras: Paragraph[] = [];
  let cur: Line[] = [];
  let curEntry = false;
  let afterHeader = false;
  const flush = (): void => {
    if (cur.length === 0) return;
    const last = cur[cur.length - 1];
    const agency = findAgencyTag(text, last.start, last.end);
    if (agency) {
      let e = agency.start;
      while (e > last.start && /\s/.test(text[e - 1])) e--;
      if (e > last.start) cur[cur.length - 1] = { start: last.start, end: e };
      else cur.pop();
    }
    if (cur.length > 0) {
      paras.push({ start: cur[0].start, end: cur[cur.length - 1].end, lines: cur, agency, entryHeadline: curEntry });
    }
    cur = [];
    curEntry = false;
  };
  let pos = 0;
  const n = text.length;
  while (pos <= n) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = n;
    let e = nl;
    if (e > pos && text.charCodeAt(e - 1) === 13) e--;
    if (isBlankLine(text, pos, e)) {
      flush();
    } else {
      const line = e - pos <= MAX_CLASSIFIED_LINE ? text.slice(pos, e) : "";
      if (line && isTeaserIntro(line)) {
        flush();
        break;
      }
      if (line && isEntryHeaderLine(line)) {
        flush();
        afterHeader = true;
      } else if (line && isFurnitureLine(line)) {
        // dropped; the paragraph continues around it
      } else {
        // trim leading/trailing blanks of the line so offsets point at text
        let s = pos;
        while (s < e && /\s/.test(text[s])) s++;
        let t = e;
        while (t > s && /\s/.test(text[t - 1])) t--;
        if (afterHeader) {
          // the line after an entry header is the entry's headline: a paragraph of its own
          flush();
          cur.push({ start: s, end: t });
          curEntry = true;
          flush();
          afterHeader = false;
        } else {
          cur.push({ start: s, end: t });
        }
      }
    }
    pos = nl + 1;
  }
  flush();
  return paras;
}
