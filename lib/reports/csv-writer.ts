// The report CSV's rows written straight from the loader's database rows (load.ts batchQuery),
// for the streamed export of up to hundreds of thousands of claims: no ReportClaim object per
// row, the cells that are the same in every row quoted once, the article dates formatted once
// per distinct time. Must give exactly csv.ts's renderCsv (the reference, used for snapshots);
// tests/integration/reports/csv-stream.test.ts compares both byte for byte.
import { csvCell } from "@/lib/claims/export-csv";
import { ATTRIBUTION_VERDICT_LABELS, CONTENT_VERDICT_LABELS, PARTY_LABELS } from "@/lib/claims/labels";
import { sourcesForDisplay, sourcesLabel } from "@/lib/claims/sources";
import { formatArticleDate } from "@/lib/format";
import { evidenceCell, rowAffixes, type CsvReportInfo } from "./csv";
import { NO_SOURCE_LABEL, OFFICIAL_BODY_LABEL, UNKNOWN_PERSON } from "./labels";
import { evidenceOf, type ClaimRow, type LoadContext } from "./load";

const YES = csvCell("ja");
const NO = csvCell("nein");
const EMPTY = csvCell("");
const OPEN = csvCell("offen");
const MAX_REMEMBERED_DATES = 10_000;

function quotedLabels(labels: Readonly<Record<string, string>>): Map<string, string> {
  return new Map(Object.entries(labels).map(([key, label]) => [key, csvCell(label)]));
}

/** A step's "von" and "am" cells (empty when it did not happen). */
function stepCells(happened: boolean, by: string | null, at: Date | null): string {
  if (!happened || !at) return `${EMPTY},${EMPTY}`;
  return `${csvCell(by ?? UNKNOWN_PERSON)},${csvCell(at.toISOString())}`;
}

/** Returns a function that writes one CSV line (with its line end) per database row. */
export function csvRowWriter(info: CsvReportInfo, context: LoadContext): (row: ClaimRow) => string {
  const { prefix, suffix } = rowAffixes(info);
  const caveatCell = csvCell(context.caveatText);
  const attribution = quotedLabels(ATTRIBUTION_VERDICT_LABELS);
  const content = quotedLabels(CONTENT_VERDICT_LABELS);
  const articleDates = new Map<string, string>();
  const articleDate = (publishedAt: Date | null, stand: string | null): string => {
    const key = publishedAt ? `t${publishedAt.getTime()}` : `s${stand ?? ""}${stand === null ? "0" : "1"}`;
    let cell = articleDates.get(key);
    if (cell === undefined) {
      cell = csvCell(formatArticleDate(publishedAt, stand));
      if (articleDates.size < MAX_REMEMBERED_DATES) articleDates.set(key, cell);
    }
    return cell;
  };

  return (row) => {
    const approved = row.status === "APPROVED";
    const judgedContent = row.content_verdict !== null;
    const judgedAttribution = row.attribution_verdict !== null;
    const originalUrl = judgedAttribution ? (evidenceOf(row.attribution_evidence, context)[0]?.url ?? "") : "";
    const details = `${PARTY_LABELS[row.party]}${row.official ? `, ${OFFICIAL_BODY_LABEL}` : ""}`;
    return (
      `${prefix}${approved ? YES : NO},${csvCell(row.id)},${csvCell(row.sentence)},${csvCell(row.value_text)},` +
      `${csvCell(String(row.value))},${csvCell(row.qualifier)},${csvCell(row.what)},${csvCell(row.source_text)},` +
      `${csvCell(row.actor_name)},${csvCell(`${row.actor_name || NO_SOURCE_LABEL} (${details})`)},${csvCell(row.party)},` +
      `${csvCell(sourcesLabel(sourcesForDisplay(row.sources ?? [], { actorName: row.actor_name, party: row.party, official: row.official })))},` +
      `${row.official ? YES : NO},${row.caveat ? YES : NO},${row.caveat ? caveatCell : EMPTY},` +
      `${row.attribution_verdict ? attribution.get(row.attribution_verdict) : OPEN},` +
      `${csvCell(judgedAttribution ? (row.attribution_note ?? "") : "")},${csvCell(originalUrl)},` +
      `${csvCell(row.attribution_verdict === "MISATTRIBUTED" ? (row.attribution_correct_source ?? "") : "")},` +
      `${row.content_verdict ? content.get(row.content_verdict) : OPEN},` +
      `${csvCell(judgedContent ? (row.content_rationale ?? "") : "")},` +
      `${judgedContent ? evidenceCell(evidenceOf(row.content_evidence, context)) : EMPTY},` +
      `${stepCells(judgedContent, row.content_by, row.content_at)},` +
      `${stepCells(judgedAttribution, row.attribution_by, row.attribution_at)},` +
      `${stepCells(approved || row.status === "SUBMITTED", row.submitted_by, row.submitted_at)},` +
      `${stepCells(approved, row.approved_by, row.approved_at)},` +
      `${csvCell(row.article_title)},${csvCell(row.article_outlet)},` +
      `${articleDate(row.article_published_at, row.article_stand)},${csvCell(row.article_url ?? "")}${suffix}`
    );
  };
}
