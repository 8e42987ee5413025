// Splits an article text into blocks (lines) and segments so that every claim
// number and attribution cue can be highlighted while each rendered text node
// keeps its UTF-16 offset (data-offset) for mapping a selection back to the text.
// Pure and client-safe.
import type { LiveblogEntry } from "@/lib/extraction/types";

export interface SpanRef {
  id: string;
  start: number;
  end: number;
  sourceStart: number | null;
  sourceEnd: number | null;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The claim whose number covers this segment, if any. */
  claimId: string | null;
  /** Claims whose attribution cue covers this segment. */
  cueOf: string[];
}

export type BlockKind = "paragraph" | "entry-header" | "headline";

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
  /** Index into the entries list, for blocks inside a liveblog entry (-1 before the first). */
  entry: number;
  segments: Segment[];
}

const isBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;

/** Non-empty lines of the text as [start, end) with surrounding blanks trimmed. */
function lines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    let j = i;
    while (j < text.length && !isBreak(text.charCodeAt(j))) j++;
    let a = i;
    let b = j;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
    i = j + 1;
  }
  return out;
}

function segmentsOf(start: number, end: number, text: string, spans: SpanRef[]): Segment[] {
  const cuts = new Set<number>([start, end]);
  for (const s of spans) {
    for (const p of [s.start, s.end, s.sourceStart, s.sourceEnd]) {
      if (p !== null && p > start && p < end) cuts.add(p);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    const claim = spans.find((s) => s.start <= a && s.end >= b);
    const cueOf = spans
      .filter((s) => s.sourceStart !== null && s.sourceEnd !== null && s.sourceStart <= a && s.sourceEnd >= b)
      .map((s) => s.id);
    out.push({ start: a, end: b, text: text.slice(a, b), claimId: claim?.id ?? null, cueOf });
  }
  return out;
}

export function buildBlocks(text: string, spans: SpanRef[], entries: LiveblogEntry[]): Block[] {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const headerStarts = new Map(entries.map((e, i) => [e.start, i]));
  const blocks: Block[] = [];
  let entry = -1;
  let expectHeadline = false;
  for (const line of lines(text)) {
    let kind: BlockKind = "paragraph";
    const headerIndex = headerStarts.get(line.start);
    if (headerIndex !== undefined) {
      entry = headerIndex;
      kind = "entry-header";
      expectHeadline = entries[headerIndex].headline !== "";
    } else if (expectHeadline) {
      kind = "headline";
      expectHeadline = false;
    }
    const inLine = valid.filter(
      (s) =>
        (s.start < line.end && s.end > line.start) ||
        (s.sourceStart !== null && s.sourceEnd !== null && s.sourceStart < line.end && s.sourceEnd > line.start),
    );
    blocks.push({ kind, start: line.start, end: line.end, entry, segments: segmentsOf(line.start, line.end, text, inLine) });
  }
  return blocks;
}

/** Groups consecutive segments of the same claim number, so each number renders as one button. */
export function groupByClaim(segments: Segment[]): { claimId: string | null; segments: Segment[] }[] {
  const groups: { claimId: string | null; segments: Segment[] }[] = [];
  for (const s of segments) {
    const last = groups[groups.length - 1];
    if (last && s.claimId !== null && last.claimId === s.claimId) last.segments.push(s);
    else groups.push({ claimId: s.claimId, segments: [s] });
  }
  return groups;
}

/** "2024-11-04T23:36" → "04.11.2024, 23:36 Uhr" (printed local time, no time-zone conversion). */
export function formatLocalTimestamp(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}, ${m[4]}:${m[5]} Uhr` : iso;
}
