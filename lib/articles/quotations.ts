// The quotations of an article (issue #11): every ExtractedQuote of the engine's result as a row
// of `quotations` – offsets, type, cue and speaker spans, resolved source (registry id when the
// name resolves). Written at ingest in the article's transaction and replaced as a whole by
// "Attribution neu berechnen"; nobody edits them, so replacing loses nothing.
import { QUOTE_TYPES, type ExtractedQuote } from "@/lib/extraction/types";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Quotation rows per INSERT (14 array parameters, whatever the number of rows). */
const QUOTES_PER_STATEMENT = 500;

/** -1/-1 (none) and anything not inside the text are stored as NULL spans. */
function span(start: number, end: number, textLength: number): [number | null, number | null] {
  return start >= 0 && end >= start && end <= textLength ? [start, end] : [null, null];
}

/** Quotes whose own span is not a span of the text are dropped: the article view could not show them. */
function validQuotes(quotes: readonly ExtractedQuote[], textLength: number): ExtractedQuote[] {
  return quotes.filter(
    (q) =>
      QUOTE_TYPES.includes(q.type) &&
      Number.isInteger(q.start) &&
      Number.isInteger(q.end) &&
      q.start >= 0 &&
      q.end > q.start &&
      q.end <= textLength,
  );
}

function quoteColumns(
  articleId: string,
  quotes: ExtractedQuote[],
  offset: number,
  textLength: number,
  actorIds: Map<string, string>,
) {
  const cues = quotes.map((q) => span(q.cue.start, q.cue.end, textLength));
  const speakers = quotes.map((q) => (q.speaker ? span(q.speaker.start, q.speaker.end, textLength) : [null, null]));
  return {
    articleId: quotes.map(() => articleId),
    position: quotes.map((_, i) => offset + i),
    start: quotes.map((q) => q.start),
    end: quotes.map((q) => q.end),
    type: quotes.map((q) => q.type),
    cueStart: cues.map(([start]) => start),
    cueEnd: cues.map(([, end]) => end),
    cueText: quotes.map((q, i) => (cues[i][0] === null ? "" : q.cue.text)),
    speakerStart: speakers.map(([start]) => start),
    speakerEnd: speakers.map(([, end]) => end),
    speakerText: quotes.map((q, i) => (speakers[i][0] === null ? null : (q.speaker?.text ?? null))),
    actorId: quotes.map((q) => actorIds.get(q.actor) ?? null),
    actorName: quotes.map((q) => q.actor),
    party: quotes.map((q) => q.party),
  };
}

/** Stores the article's quotations (in text order) in the caller's transaction; returns how many. */
export async function insertQuotations(
  tx: Prisma.TransactionClient,
  articleId: string,
  textLength: number,
  quotes: readonly ExtractedQuote[],
  actorIds: Map<string, string>,
): Promise<number> {
  const ordered = validQuotes(quotes, textLength).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let from = 0; from < ordered.length; from += QUOTES_PER_STATEMENT) {
    const c = quoteColumns(articleId, ordered.slice(from, from + QUOTES_PER_STATEMENT), from, textLength, actorIds);
    await tx.$executeRaw`
      INSERT INTO quotations (article_id, position, start, "end", type, cue_start, cue_end, cue_text,
                              speaker_start, speaker_end, speaker_text, actor_id, actor_name, party)
      SELECT article_id, position, start, "end", type::"QuoteType", cue_start, cue_end, cue_text,
             speaker_start, speaker_end, speaker_text, actor_id, actor_name, party::"Party"
        FROM unnest(${c.articleId}::text[], ${c.position}::int[], ${c.start}::int[], ${c.end}::int[], ${c.type}::text[],
                    ${c.cueStart}::int[], ${c.cueEnd}::int[], ${c.cueText}::text[], ${c.speakerStart}::int[],
                    ${c.speakerEnd}::int[], ${c.speakerText}::text[], ${c.actorId}::text[], ${c.actorName}::text[],
                    ${c.party}::text[])
          AS t(article_id, position, start, "end", type, cue_start, cue_end, cue_text, speaker_start, speaker_end,
               speaker_text, actor_id, actor_name, party)`;
  }
  return ordered.length;
}

/** Replaces the article's quotations with a new result's ("Attribution neu berechnen"). */
export async function replaceQuotations(
  tx: Prisma.TransactionClient,
  articleId: string,
  textLength: number,
  quotes: readonly ExtractedQuote[],
  actorIds: Map<string, string>,
): Promise<number> {
  await tx.quotation.deleteMany({ where: { articleId } });
  return insertQuotations(tx, articleId, textLength, quotes, actorIds);
}
