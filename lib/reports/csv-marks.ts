// Per-article marks of stored report lines (migration 20261201090000_report_article_line_marks):
// "every line of this article's claims is empty or stored for context key K". Before its COPY the
// producing export needs the scope's claims whose line is not stored for its context
// (csv-copy.ts's unstoredLines); of a marked article those are its empty lines, which an index
// lists per article, so the export does not walk the article's claims and their wide lines
// (100 000 claims: 150–300 ms before the first byte, even when a single line changed).
//
// A mark stays true because a line only becomes non-empty through csv-lines.ts's storing, which
// deletes the marks of other contexts of the articles whose lines it stores, in its transaction;
// emptied lines, new claims and claims moved in (their line is emptied and follows the claim)
// keep it true. Setting a mark and storing exclude each other through an advisory lock: storing
// takes it shared before it writes, marking exclusive before the snapshot it checks the lines in –
// so no storing of another context can commit between the check and the mark.
import type { PoolClient } from "pg";
import { Prisma } from "@/lib/generated/prisma/client";
import { scopeArticleCondition } from "./load";
import type { ReportScope } from "./scope";

/** The advisory lock (one 64-bit key) between storing lines (shared) and setting marks (exclusive). */
export const LINE_MARK_LOCK = "7165610190001";

/** Articles checked and marked per transaction: the exclusive lock is held a moment only. */
const MARK_BATCH_SIZE = 200;

/** The articles a scope's claims can come from, split by whether they carry a mark for `contextKey`. */
export function scopeMarksQuery(scope: ReportScope, contextKey: string): Prisma.Sql {
  const condition = scopeArticleCondition(scope);
  return Prisma.sql`
    SELECT coalesce(array_agg(a.id ORDER BY a.id) FILTER (WHERE m.article_id IS NOT NULL), '{}') AS marked,
           coalesce(array_agg(a.id ORDER BY a.id) FILTER (WHERE m.article_id IS NULL), '{}') AS unmarked
      FROM articles a
      LEFT JOIN report_article_line_marks m ON m.article_id = a.id AND m.context_key = ${contextKey}
     WHERE ${condition ?? Prisma.sql`true`}`;
}

export interface ScopeMarks {
  /** Articles whose lines are all empty or stored for the export's context. */
  marked: string[];
  /** The others: their claims are searched line by line. */
  unmarked: string[];
}

export async function scopeMarks(client: PoolClient, scope: ReportScope, contextKey: string): Promise<ScopeMarks> {
  const query = scopeMarksQuery(scope, contextKey);
  const [row] = (await client.query<ScopeMarks>(query.text, query.values)).rows;
  return row;
}

/**
 * Marks those of the given articles whose every claim has a line that is empty or stored for
 * `contextKey` (a line of another context blocks the mark until an export stores it anew).
 */
async function markBatch(client: PoolClient, articleIds: string[], contextKey: string): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${LINE_MARK_LOCK})`);
    // A statement after the lock: its snapshot sees every storing committed before.
    await client.query(
      `INSERT INTO report_article_line_marks (article_id, context_key)
       SELECT a.id, $2 FROM articles a
        WHERE a.id = ANY($1::text[])
          AND NOT EXISTS (SELECT 1 FROM claims c LEFT JOIN claim_report_lines l ON l.claim_id = c.id
                           WHERE c.article_id = a.id
                             AND (l.claim_id IS NULL OR (l.head IS NOT NULL AND l.context_key IS DISTINCT FROM $2)))
        ORDER BY a.id
       ON CONFLICT (article_id) DO UPDATE SET context_key = EXCLUDED.context_key`,
      [articleIds, contextKey],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/** Marks the articles (in batches) after an export stored their lines; the next export skips their stored lines. */
export async function markArticles(client: PoolClient, articleIds: readonly string[], contextKey: string): Promise<void> {
  for (let from = 0; from < articleIds.length; from += MARK_BATCH_SIZE) {
    await markBatch(client, articleIds.slice(from, from + MARK_BATCH_SIZE), contextKey);
  }
}

/**
 * For storing lines under `contextKey` (in its transaction, before it writes): waits for a
 * marking in progress, then deletes the marks of another context of the stored lines' articles.
 */
export async function dropOtherMarks(client: PoolClient, claimIds: readonly string[], contextKey: string): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock_shared(${LINE_MARK_LOCK})`);
  await client.query(
    `DELETE FROM report_article_line_marks m
      WHERE m.article_id IN (SELECT l.article_id FROM claim_report_lines l WHERE l.claim_id = ANY($1::text[]))
        AND m.context_key <> $2`,
    [claimIds, contextKey],
  );
}
