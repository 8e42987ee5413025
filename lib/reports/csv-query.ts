// The report CSV's rows built by PostgreSQL: the loader's batch query (load.ts batchQuery, the one
// place that knows a scope's claims and their joins) wrapped in a SELECT that turns each row into
// its CSV text. Only the evidence cell stays in JavaScript (domains and registry owners come from
// lib/actors/domains.ts), so a row costs the server a few string concatenations instead of a
// 35-field object and 37 formatted cells. Byte-identical to csv.ts's renderCsv, proven in
// tests/integration/reports/csv-stream.test.ts.
import { csvCell } from "@/lib/claims/export-csv";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import { quotedLabels, sqlArticleDate, sqlCell, sqlIsoTime, sqlJoin, sqlLabel, sqlNumber, sqlYesNo } from "@/lib/claims/csv-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_SOURCE_LABEL, OFFICIAL_BODY_LABEL, UNKNOWN_PERSON } from "./labels";
import { batchQuery, type ReportCursor } from "./load";
import type { ReportScope, ScopeOptions } from "./scope";

const raw = (text: string) => Prisma.raw(text);
const q = (column: string) => raw(`q.${column}`);
const text = (value: string) => Prisma.sql`CAST(${value} AS text)`;

/** A step's "von" and "am" cells: empty unless `applies` and the step happened. */
function stepCells(applies: Prisma.Sql, by: string, at: string): Prisma.Sql[] {
  const happened = Prisma.sql`(${applies}) AND ${q(at)} IS NOT NULL`;
  return [
    sqlCell(Prisma.sql`(CASE WHEN ${happened} THEN coalesce(${q(by)}, ${text(UNKNOWN_PERSON)}) ELSE '' END)`),
    sqlCell(Prisma.sql`(CASE WHEN ${happened} THEN ${sqlIsoTime(q(at))} ELSE '' END)`),
  ];
}

const judgedContent = raw("q.content_verdict IS NOT NULL");
const judgedAttribution = raw("q.attribution_verdict IS NOT NULL");

/** "Selenskyj (Ukraine, offizielle Stelle)" as labels.ts's actorLabel writes it. */
const actorLabel = Prisma.sql`coalesce(nullif(q.actor_name, ''), ${text(NO_SOURCE_LABEL)}) || ' (' || ${sqlLabel(q("party"), PARTY_LABELS)}
  || (CASE WHEN q.official THEN ${text(`, ${OFFICIAL_BODY_LABEL}`)} ELSE '' END) || ')'`;

/** The first evidence link of the attribution review that is an object with a string url (evidenceOf's rule). */
const ORIGINAL_URL = raw(`(SELECT e.item->>'url'
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(q.attribution_evidence) = 'array' THEN q.attribution_evidence ELSE '[]'::jsonb END)
         WITH ORDINALITY AS e(item, n)
   WHERE jsonb_typeof(e.item) = 'object' AND jsonb_typeof(e.item->'url') = 'string'
   ORDER BY e.n LIMIT 1)`);

/** Cells from "Freigegeben" to "Zahl" (before the value cell). */
function headCells(): Prisma.Sql[] {
  return [sqlYesNo(raw("q.status = 'APPROVED'")), sqlCell(q("id")), sqlCell(q("sentence")), sqlCell(q("value_text"))];
}

/** Cells from "Einschränkung" to "Begründung" (between the value cell and the evidence cell). */
function middleCells(caveatText: string): Prisma.Sql[] {
  return [
    sqlCell(q("qualifier")),
    sqlCell(q("what")),
    sqlCell(q("source_text")),
    sqlCell(q("actor_name")),
    sqlCell(actorLabel),
    sqlCell(q("party")),
    sqlYesNo(q("official")),
    sqlYesNo(q("caveat")),
    Prisma.sql`(CASE WHEN q.caveat THEN ${text(csvCell(caveatText))} ELSE '""' END)`,
    sqlLabel(q("attribution_verdict"), quotedLabels(ATTRIBUTION_VERDICT_LABELS, csvCell), csvCell("offen")),
    sqlCell(Prisma.sql`(CASE WHEN ${judgedAttribution} THEN coalesce(q.attribution_note, '') ELSE '' END)`),
    sqlCell(Prisma.sql`(CASE WHEN ${judgedAttribution} THEN coalesce(o.original_url, '') ELSE '' END)`),
    sqlCell(
      raw("(CASE WHEN q.attribution_verdict = 'MISATTRIBUTED' THEN coalesce(q.attribution_correct_source, '') ELSE '' END)"),
    ),
    sqlLabel(q("content_verdict"), quotedLabels(CONTENT_VERDICT_LABELS, csvCell), csvCell("offen")),
    sqlCell(Prisma.sql`(CASE WHEN ${judgedContent} THEN coalesce(q.content_rationale, '') ELSE '' END)`),
  ];
}

/** Cells from "Inhalt bewertet von" to "Artikel-URL" (after the evidence cell). */
function tailCells(): Prisma.Sql[] {
  return [
    ...stepCells(judgedContent, "content_by", "content_at"),
    ...stepCells(judgedAttribution, "attribution_by", "attribution_at"),
    ...stepCells(raw("q.status IN ('SUBMITTED', 'APPROVED')"), "submitted_by", "submitted_at"),
    ...stepCells(raw("q.status = 'APPROVED'"), "approved_by", "approved_at"),
    sqlCell(q("article_title")),
    sqlCell(q("article_outlet")),
    sqlCell(sqlArticleDate(q("article_published_at"), q("article_stand"))),
    sqlCell(raw("coalesce(q.article_url, '')")),
  ];
}

/**
 * A row of the report CSV in parts: the keyset columns; the text up to the value cell; the value
 * cell (null for a number only JavaScript formats right, see sqlNumber) with the value; the text
 * up to the evidence cell; the evidence; the rest. The constant cells are added in JavaScript.
 */
export interface CsvRowParts {
  id: string;
  start: number;
  head: string;
  value_cell: string | null;
  value: number;
  middle: string;
  /** The latest content review's evidence when the claim has a content verdict, else null. */
  evidence: unknown;
  tail: string;
}

export function csvBatchQuery(
  scope: ReportScope,
  options: ScopeOptions & { caveatText: string },
  after: ReportCursor | null,
  limit: number,
): Prisma.Sql {
  return Prisma.sql`
    SELECT q.id, q.start, ${sqlJoin(headCells(), ",")} AS head, ${sqlCell(sqlNumber(q("value")))} AS value_cell, q.value,
           ${sqlJoin(middleCells(options.caveatText), ",")} AS middle,
           CASE WHEN ${judgedContent} THEN q.content_evidence END AS evidence,
           ${sqlJoin(tailCells(), ",")} AS tail
      FROM (${batchQuery(scope, options, after, limit)}) q
      CROSS JOIN LATERAL (SELECT ${ORIGINAL_URL} AS original_url) o
     ORDER BY q.start, q.id`;
}
