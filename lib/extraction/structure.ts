// Document structure of German news pages: the "Stand:" line and liveblog entry headers.
// Pure, deterministic, linear in the length of the text (no nested quantifiers).

import type { LiveblogEntry } from "./types";

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;

function validDateTime(day: number, month: number, year: number, hour: number, minute: number): boolean {
  return (
    day >= 1 &&
    day <= 31 &&
    month >= 1 &&
    month <= 12 &&
    year >= 1900 &&
    year <= 2999 &&
    hour >= 0 &&
    hour <= 23 &&
    minute >= 0 &&
    minute <= 59
  );
}

function isoLocal(day: number, month: number, year: number, hour: number, minute: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}`;
}

/**
 * "Stand: 06.11.2024 11:15 Uhr" (also "Stand: 6.11.2024, 11.15 Uhr", "Stand: 06.11.2024 um 11:15")
 * anywhere in the text. Only the first Stand line counts.
 */
export const STAND_RE =
  /\bStand:[ \t\u00A0]{0,5}(\d{1,2})\.[ \u00A0]?(\d{1,2})\.[ \u00A0]?(\d{4}),?[ \t\u00A0]{0,5}(?:um[ \t\u00A0]{1,5})?(\d{1,2})[:.](\d{2})(?:[ \t\u00A0]{0,5}Uhr)?/g;

/** "Stand: 06.11.2024 11:15 Uhr" → "2024-11-06T11:15"; null when the text has no (valid) Stand line. */
export function parseStand(text: string): string | null {
  // most texts have no Stand line: one plain search instead of the regular expression's scan
  if (!text.includes("Stand:")) return null;
  const re = new RegExp(STAND_RE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    if (validDateTime(day, month, year, hour, minute)) return isoLocal(day, month, year, hour, minute);
  }
  return null;
}

/**
 * A liveblog entry header on a line of its own: "04.11.2024 • 23:36 Uhr". Separators "•", "·", "|",
 * "-", "–", "—" or plain spaces; "Uhr" optional; a dot instead of the colon is accepted.
 */
const HEADER_RE =
  /^[ \t\u00A0]*(\d{1,2})\.(\d{1,2})\.(\d{4})[ \t\u00A0]*(?:[•·|\-–—][ \t\u00A0]*)?(\d{1,2})[:.](\d{2})(?:[ \t\u00A0]*Uhr)?[ \t\u00A0]*$/gm;

/** Whether the first character after leading blanks (space, tab, no-break space) is a digit 0–9. */
function startsWithDigit(line: string): boolean {
  let i = 0;
  while (i < line.length && (line[i] === " " || line[i] === "\t" || line[i] === "\u00A0")) i++;
  const c = line.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** True when the whole line is a liveblog entry header. */
export function isEntryHeaderLine(line: string): boolean {
  // every line is asked: a header starts with a digit after its blanks, most lines do not
  if (!startsWithDigit(line)) return false;
  const re = new RegExp(HEADER_RE.source, "m");
  const m = re.exec(line);
  if (!m || m[0].length !== line.length) return false;
  const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  return validDateTime(day, month, year, hour, minute);
}

const isLineBreak = (c: number): boolean => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x0b || c === 0x0c;

/**
 * Liveblog entries: a header line followed by the headline (the next non-empty line). An entry
 * starts at the header's date and spans to the next header or the end of the text (trailing
 * whitespace excluded). Headers whose next non-empty line is another header get headline "".
 */
export function findLiveblogEntries(text: string): LiveblogEntry[] {
  const headers: { start: number; lineEnd: number; timestamp: string }[] = [];
  const re = new RegExp(HEADER_RE.source, "gm");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const [day, month, year, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    if (!validDateTime(day, month, year, hour, minute)) continue;
    const lead = m[0].length - m[0].trimStart().length;
    headers.push({
      start: m.index + lead,
      lineEnd: m.index + m[0].length,
      timestamp: isoLocal(day, month, year, hour, minute),
    });
  }

  const entries: LiveblogEntry[] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    const limit = i + 1 < headers.length ? headers[i + 1].start : text.length;
    // Trim trailing whitespace of the entry.
    let end = limit;
    while (end > h.lineEnd && (isBlank(text.charCodeAt(end - 1)) || isLineBreak(text.charCodeAt(end - 1)))) end--;
    // Headline: the first non-empty line after the header line, inside the entry.
    let headline = "";
    let pos = h.lineEnd;
    while (pos < end) {
      while (pos < end && isLineBreak(text.charCodeAt(pos))) pos++;
      let lineEnd = pos;
      while (lineEnd < end && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
      const line = text.slice(pos, lineEnd).trim();
      if (line.length > 0) {
        headline = line.replace(/\s+/g, " ");
        break;
      }
      pos = lineEnd;
    }
    entries.push({ start: h.start, end, timestamp: h.timestamp, headline });
  }
  return entries;
}
