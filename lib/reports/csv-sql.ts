// The report CSV's lines as one SQL query, for COPY … TO STDOUT (csv-copy.ts): PostgreSQL
// formats every cell (the csv_* functions of migration 20261130080000_report_csv_sql, the German
// labels below as CASE expressions built from labels.ts), so the server only passes bytes on.
// Column order and cell rules are csv.ts's COLUMNS and renderCsv, the reference;
// tests/integration/reports/csv-stream.test.ts compares both byte for byte.
//
// COPY takes no bind parameters, so the values are written into the text as literals
// (inlineSql: pg's escapeLiteral for strings, and only the value types the scope uses).
import { escapeLiteral } from "pg";
import { csvCell } from "@/lib/claims/export-csv";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import { Prisma } from "@/lib/generated/prisma/client";
import { rowAffixes, type CsvReportInfo } from "./csv";
import { NO_SOURCE_LABEL, OFFICIAL_BODY_LABEL, UNKNOWN_PERSON } from "./labels";
import { scopeArticleCondition, scopeCondition } from "./load";
import type { ReportScope } from "./scope";

const raw = (text: string) => Prisma.raw(text);

function literal(value: unknown): string {
  if (typeof value === "string") return escapeLiteral(value);
  if (typeof value === "number" && Number.isFinite(value)) return `(${String(value)})`;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) {
    return `(ARRAY[${value.map((item) => escapeLiteral(item)).join(",")}]::text[])`;
  }
  throw new Error(`Wert dieses Typs lässt sich nicht in SQL einsetzen: ${typeof value}`);
}

/** The query's text with every value written in as a literal. */
export function inlineSql(sql: Prisma.Sql): string {
  return sql.strings.reduce((text, part, index) => text + (index > 0 ? literal(sql.values[index - 1]) : "") + part, "");
}

/** A constant text (a pre-quoted cell, a label) as an SQL literal. */
const text = (value: string) => raw(escapeLiteral(value));

/** CASE over an enum column: its German label, `otherwise` for NULL. */
function labelCase(column: string, labels: Readonly<Record<string, string>>, otherwise: string): Prisma.Sql {
  const branches = Object.entries(labels).map(([key, label]) => `WHEN ${escapeLiteral(key)} THEN ${escapeLiteral(label)}`);
  return raw(`(CASE ${column}::text ${branches.join(" ")} ELSE ${escapeLiteral(otherwise)} END)`);
}

/** The quoted cell of a label (labels are constants, so csvCell runs here once). */
function quotedLabelCase(column: string, labels: Readonly<Record<string, string>>, otherwise: string): Prisma.Sql {
  const quoted = Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, csvCell(label)]));
  return labelCase(column, quoted, csvCell(otherwise));
}

const YES = text(csvCell("ja"));
const NO = text(csvCell("nein"));
const EMPTY = text(csvCell(""));
const yesNo = (condition: string) => Prisma.sql`(CASE WHEN ${raw(condition)} THEN ${YES} ELSE ${NO} END)`;
const cell = (expression: Prisma.Sql | string) =>
  Prisma.sql`csv_cell(${typeof expression === "string" ? raw(expression) : expression})`;

/**
 * A step's "von" and "am" cells: empty unless it applies and happened (csv.ts's reviewed,
 * submitted, approval); the person's current name, "unbekannt" when the user is gone.
 */
function stepCells(applies: string, userColumn: string, at: string): Prisma.Sql {
  const name = raw(`(SELECT u.name FROM users u WHERE u.id = q.${userColumn})`);
  return Prisma.sql`(CASE WHEN (${raw(applies)}) AND q.${raw(at)} IS NOT NULL
    THEN csv_cell(coalesce(${name}, ${text(UNKNOWN_PERSON)})) || ',' || csv_cell(csv_iso_time(q.${raw(at)}))
    ELSE ${EMPTY} || ',' || ${EMPTY} END)`;
}

/** labels.ts's actorLabel: "Selenskyj (Ukraine, offizielle Stelle)". */
const ACTOR_LABEL = Prisma.sql`coalesce(nullif(q.actor_name, ''), ${text(NO_SOURCE_LABEL)}) || ' (' || ${labelCase("q.party", PARTY_LABELS, "")}
  || (CASE WHEN q.official THEN ${text(`, ${OFFICIAL_BODY_LABEL}`)} ELSE '' END) || ')'`;

/**
 * sources.ts's sourcesLabel over sourcesForDisplay: the claim_sources rows in order, else the
 * claim's own source, none for the newsroom's own figures (no name, no party).
 */
const SOURCES_LABEL = Prisma.sql`coalesce(nullif(array_to_string(ARRAY(
    SELECT coalesce(nullif(s.actor_name, ''), 'Redaktion') || ' (' || ${labelCase("s.party", PARTY_LABELS, "")} || ')'
      FROM claim_sources s WHERE s.claim_id = q.id ORDER BY s.position), '; '), ''),
  CASE WHEN q.actor_name = '' AND q.party = 'NONE' THEN ''
       ELSE coalesce(nullif(q.actor_name, ''), 'Redaktion') || ' (' || ${labelCase("q.party", PARTY_LABELS, "")} || ')' END)`;

/** The evidence items load.ts's evidenceOf keeps: objects with a string url, in order. */
function evidenceItems(column: string): Prisma.Sql {
  return raw(`jsonb_array_elements(CASE WHEN jsonb_typeof(${column}) = 'array' THEN ${column} ELSE '[]'::jsonb END)
      WITH ORDINALITY AS e(item, n)
    WHERE jsonb_typeof(e.item -> 'url') = 'string'`);
}

/** The attribution review's original statement: its first evidence link (evidenceOf(...)[0].url). */
const ORIGINAL_URL = Prisma.sql`(SELECT e.item ->> 'url' FROM ${evidenceItems("q.attribution_evidence")} ORDER BY e.n LIMIT 1)`;

/**
 * What labels.ts's evidenceLabel says about a link beside its note: per distinct URL of the
 * report, computed in JavaScript (domains and registry owners need the URL parser of
 * lib/actors/domains.ts) and given to the query as a JSON object {url: [shown, ifDeclared]}:
 * the domain or "Link", and the independence wording when the editor marked the link independent.
 */
export type LinkWords = Record<string, [string, string]>;

const NOT_INDEPENDENT = "nicht unabhängig";

/** csv.ts's evidence cell: "url (domain; note; independence) | …". */
function evidenceLabel(links: LinkWords): Prisma.Sql {
  const words = text(JSON.stringify(links));
  return Prisma.sql`coalesce((SELECT string_agg(
      (e.item ->> 'url') || ' (' || (${words}::jsonb -> (e.item ->> 'url') ->> 0)
      || CASE WHEN jsonb_typeof(e.item -> 'note') = 'string' AND e.item ->> 'note' <> '' THEN '; ' || (e.item ->> 'note') ELSE '' END
      || '; ' || CASE WHEN e.item -> 'independent' = 'true'::jsonb THEN ${words}::jsonb -> (e.item ->> 'url') ->> 1
                      ELSE ${text(NOT_INDEPENDENT)} END || ')',
      ' | ' ORDER BY e.n)
    FROM ${evidenceItems("q.content_evidence")}), '')`;
}

const JUDGED_CONTENT = "q.content_verdict IS NOT NULL";
const JUDGED_ATTRIBUTION = "q.attribution_verdict IS NOT NULL";

function withoutLineEnd(line: string): string {
  if (!line.endsWith("\r\n")) throw new Error("Eine CSV-Zeile endet mit CRLF.");
  return line.slice(0, -2);
}

/**
 * The cells of one claim's line that do not differ per export, csv.ts's COLUMNS in order, as two
 * runs around the settings' caveat text (caveatCell): `head` ends with its comma, `tail` starts
 * with one. These are what claim_report_lines stores (csv-lines.ts) and what an export builds
 * live for a line not stored. Reads the row `q` (liveRows).
 */
function lineRuns(links: LinkWords): { head: Prisma.Sql; tail: Prisma.Sql } {
  const head: Prisma.Sql[] = [
    yesNo("q.status = 'APPROVED'"),
    cell("q.id"),
    cell("q.sentence"),
    cell("q.value_text"),
    cell("csv_number(q.value)"),
    cell("q.qualifier"),
    cell("q.what"),
    cell("q.source_text"),
    cell("q.actor_name"),
    cell(ACTOR_LABEL),
    cell("q.party::text"),
    cell(SOURCES_LABEL),
    yesNo("q.official"),
    yesNo("q.caveat"),
  ];
  const tail: Prisma.Sql[] = [
    quotedLabelCase("q.attribution_verdict", ATTRIBUTION_VERDICT_LABELS, "offen"),
    cell(`CASE WHEN ${JUDGED_ATTRIBUTION} THEN coalesce(q.attribution_note, '') ELSE '' END`),
    cell(Prisma.sql`CASE WHEN ${raw(JUDGED_ATTRIBUTION)} THEN coalesce(${ORIGINAL_URL}, '') ELSE '' END`),
    cell("CASE WHEN q.attribution_verdict = 'MISATTRIBUTED' THEN coalesce(q.attribution_correct_source, '') ELSE '' END"),
    quotedLabelCase("q.content_verdict", CONTENT_VERDICT_LABELS, "offen"),
    cell(`CASE WHEN ${JUDGED_CONTENT} THEN coalesce(q.content_rationale, '') ELSE '' END`),
    cell(Prisma.sql`CASE WHEN ${raw(JUDGED_CONTENT)} THEN ${evidenceLabel(links)} ELSE '' END`),
    stepCells(JUDGED_CONTENT, "content_user_id", "content_at"),
    stepCells(JUDGED_ATTRIBUTION, "attribution_user_id", "attribution_at"),
    stepCells("q.status IN ('SUBMITTED', 'APPROVED')", "submitted_user_id", "submitted_at"),
    stepCells("q.status = 'APPROVED'", "approved_user_id", "approved_at"),
    cell("q.article_title"),
    cell("q.article_outlet"),
    cell(`CASE WHEN q.article_published_at IS NOT NULL THEN csv_local_time(q.article_published_at)
               WHEN q.article_stand IS NOT NULL THEN 'Stand: ' || q.article_stand ELSE 'ohne Datum' END`),
    cell("coalesce(q.article_url, '')"),
  ];
  // || rather than concat_ws: a NULL cell (a bug) makes the line NULL, which the reader refuses.
  return {
    head: Prisma.sql`${Prisma.join(head, " || ',' || ")} || ','`,
    tail: Prisma.sql`',' || ${Prisma.join(tail, " || ',' || ")}`,
  };
}

/** The "Hinweistext" cell: the settings' caveat text where the claim needs the caveat. */
function caveatCell(caveat: string, caveatText: string): Prisma.Sql {
  return Prisma.sql`(CASE WHEN ${raw(caveat)} THEN ${text(csvCell(caveatText))} ELSE ${EMPTY} END)`;
}

/**
 * The text of the stored runs' expression with no links: what a stored line was built with
 * besides the data and the links (labels, cell rules), for csv-lines.ts's context key.
 */
export function lineFormatText(): string {
  const { head, tail } = lineRuns({});
  return `${inlineSql(head)}\n${inlineSql(tail)}`;
}

/**
 * The claims `claimIds` as rows `q` with their article and report facts, the columns lineRuns
 * reads. Aliases of their own, so it nests in a query over `c` and `a`.
 */
function liveRows(claimIds: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT lc.*, la.title AS article_title, la.outlet AS article_outlet, la.published_at AS article_published_at,
             la.stand AS article_stand, la.url AS article_url, lf.*
        FROM claims lc
        JOIN articles la ON la.id = lc.article_id
        LEFT JOIN claim_report_fields lf ON lf.claim_id = lc.id
       WHERE lc.id ${claimIds}) q`;
}

/** The scope's claims with their article `a` (for the scope's conditions). */
function scopeClaims(scope: ReportScope, approvedOnly: boolean): Prisma.Sql {
  return Prisma.sql`claims c
      JOIN articles a ON a.id = c.article_id
     WHERE ${scopeCondition(scope)} AND c.not_a_claim = false AND (${!approvedOnly} OR c.status = 'APPROVED')`;
}

/** The file's order of the scope's claims `s`: text order within an article, articles by id. */
const lineOrder = (scope: ReportScope) => raw(scope.type === "article" ? "s.start, s.id" : "s.article_id, s.start, s.id");

/**
 * The articles a scope's claims can come from (load.ts's scopeArticleCondition), each with its
 * version, as a SHA-256 in article order, read in the export's snapshot (csv-copy.ts's body
 * key). The triggers of migration 20261130150000 give an article a new version whenever a
 * committed write changes the bytes of one of its claims' lines or which of its claims a scope
 * holds, and in which order; so equal versions of the same articles, under the same claim
 * conditions, mean equal lines. An article without a version row (never expected) gets a random
 * one: its export then shares with nobody. One row per article, not per claim.
 */
export function articleVersionsQuery(scope: ReportScope): Prisma.Sql {
  const entry = Prisma.sql`string_agg(v.article_id || ' ' || coalesce(v.version::text, gen_random_uuid()::text), ',' ORDER BY v.article_id)`;
  const condition = scopeArticleCondition(scope);
  // Without a condition on the articles every article counts: their versions alone, without the
  // (wide) articles table.
  const rows = condition
    ? Prisma.sql`(SELECT a.id AS article_id, av.version FROM articles a
                    LEFT JOIN report_article_versions av ON av.article_id = a.id WHERE ${condition}) v`
    : Prisma.sql`report_article_versions v`;
  return Prisma.sql`
    SELECT current_database() AS database, count(*)::int AS articles,
           encode(sha256(convert_to(coalesce(${entry}, ''), 'UTF8')), 'hex') AS digest
      FROM ${rows}`;
}

/**
 * The scope's claims whose line is not stored for `contextKey` (csv-lines.ts fills them): no
 * filled line, or one of another context. Of the `unmarked` articles every claim's line is looked
 * at; of the `marked` ones (csv-marks.ts: every line empty or of this context) only the empty
 * lines, which an index lists per article. Without marks (`marks` null) the whole scope is walked.
 *
 * The walk is a left join on the line's primary key rather than NOT EXISTS: in bench:reports
 * (30.11., load 15–20) the NOT EXISTS form once ran 13 minutes over 100 000 claims (cancelled),
 * right after the first export had filled the lines; not reproduced in isolation, so the cause is
 * not proven – the join leaves the planner no anti-join estimate to get wrong, at about the same cost.
 */
export function unstoredLinesQuery(
  scope: ReportScope,
  approvedOnly: boolean,
  contextKey: string,
  marks: { marked: string[]; unmarked: string[] } | null = null,
): Prisma.Sql {
  const claimConditions = Prisma.sql`${scopeCondition(scope)} AND c.not_a_claim = false AND (${!approvedOnly} OR c.status = 'APPROVED')`;
  const walked = (articles: Prisma.Sql) => Prisma.sql`
    SELECT c.id FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN claim_report_lines u ON u.claim_id = c.id
     WHERE ${claimConditions} AND ${articles}
       AND (u.head IS NULL OR u.context_key IS DISTINCT FROM ${contextKey})`;
  if (!marks || marks.marked.length === 0) return walked(Prisma.sql`true`);
  // The empty lines first, by the per-article index alone (materialized: the planner must not
  // start from the articles' claims, which is the walk this spares); then their claims by key.
  const empty = Prisma.sql`
    WITH e AS MATERIALIZED (
      SELECT u.claim_id FROM claim_report_lines u WHERE u.article_id = ANY(${marks.marked}::text[]) AND u.head IS NULL)
    SELECT c.id FROM e
      JOIN claims c ON c.id = e.claim_id
      JOIN articles a ON a.id = c.article_id
     WHERE ${claimConditions}`;
  if (marks.unmarked.length === 0) return empty;
  return Prisma.sql`${walked(Prisma.sql`c.article_id = ANY(${marks.unmarked}::text[])`)} UNION ALL (${empty})`;
}

/** The distinct evidence URLs of the given claims' content reviews (for LinkWords). */
export function evidenceUrlsOfClaimsQuery(claimIds: readonly string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT DISTINCT e.item ->> 'url' AS url
      FROM claims c JOIN claim_report_fields f ON f.claim_id = c.id
     CROSS JOIN LATERAL ${evidenceItems("f.content_evidence")}
       AND c.id = ANY(${claimIds as string[]}::text[]) AND c.content_verdict IS NOT NULL`;
}

/** Stores the lines of the given claims (locked by the caller), built with `links` under `contextKey`. */
export function storeLinesQuery(claimIds: readonly string[], links: LinkWords, contextKey: string): Prisma.Sql {
  const { head, tail } = lineRuns(links);
  return Prisma.sql`
    UPDATE claim_report_lines l SET head = x.head, tail = x.tail, context_key = ${contextKey}
      FROM (SELECT q.id, ${head} AS head, ${tail} AS tail
              FROM ${liveRows(Prisma.sql`= ANY(${claimIds as string[]}::text[])`)}) x
     WHERE l.claim_id = x.id`;
}

/**
 * The report's lines in the report's order (text order within an article, articles by id): per
 * claim its stored runs when usable, else the runs built live (a scalar subquery, so it costs
 * nothing for stored lines), with the export's own cells spliced in. The scope's claims come
 * first in the text, so "FROM claims" stays within the part of a query pg_stat_activity shows
 * (the cancellation tests look for it); the CTE is inlined by the planner.
 */
export function csvLinesQuery(
  scope: ReportScope,
  options: { approvedOnly: boolean; info: CsvReportInfo; caveatText: string; links: LinkWords; contextKey: string },
): string {
  const { prefix, suffix } = rowAffixes(options.info);
  const { head, tail } = lineRuns(options.links);
  const caveat = caveatCell("s.caveat", options.caveatText);
  const live = Prisma.sql`(SELECT ${head} || ${caveatCell("q.caveat", options.caveatText)} || ${tail} FROM ${liveRows(Prisma.sql`= s.id`)})`;
  // No line end: COPY ends each line with LF, which the reader (csv-copy.ts) writes as CRLF.
  return inlineSql(Prisma.sql`
    WITH s AS (SELECT c.id, c.article_id, c.start, c.caveat FROM ${scopeClaims(scope, options.approvedOnly)})
    SELECT ${text(prefix)}
           || CASE WHEN l.head IS NOT NULL AND l.context_key = ${options.contextKey} THEN l.head || ${caveat} || l.tail ELSE ${live} END
           || ${text(withoutLineEnd(suffix))}
      FROM s
      LEFT JOIN claim_report_lines l ON l.claim_id = s.id
     ORDER BY ${lineOrder(scope)}`);
}
