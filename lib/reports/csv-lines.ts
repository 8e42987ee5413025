// The report CSV's stored lines (claim_report_lines, migration 20261130090000_report_csv_lines):
// each claim's cells that do not differ per export, built once with the very expression an
// export runs live (csv-sql.ts's lineRuns), so an export is mostly a COPY of stored text.
//
// Triggers empty a claim's row in every transaction that changes one of its inputs. An export
// builds live the lines of its scope that are empty (or of another context), and after its last
// byte stores them (fillReportLines) for the next export. Why a stored row is never older than
// its inputs: the storing first locks the empty rows it will fill (FOR UPDATE SKIP LOCKED, in
// READ COMMITTED), then builds the cells in later statements, which see every change committed
// before. A writer that changed an input before the lock and has not committed holds that row
// locked (its invalidation), so the row is skipped; a writer that changes an input after the
// lock must update the locked row to invalidate it, so it waits and empties the row after the
// storing has committed. The storing never waits (SKIP LOCKED), so it takes part in no deadlock.
//
// What a line is built with beside the tables – the evidence links' registry owners and the
// conflict parties (linkWords below), the labels and cell rules – goes into the row's
// context key; an export uses only rows with its own key, so a changed registry or setting, or
// a new version of the cells' code, makes the old rows unused (and filled again on the next
// export), never wrong. The caveat text, the draft mark and the report's numbers are not stored
// at all: the export splices them in.
import crypto from "node:crypto";
import type { PoolClient } from "pg";
import { isDatabaseUnavailable } from "@/lib/errors";
import { logger } from "@/lib/log";
import { dropOtherMarks } from "./csv-marks";
import { evidenceUrlsOfClaimsQuery, lineFormatText, storeLinesQuery, type LinkWords } from "./csv-sql";
import { independenceLabel } from "./labels";
import { evidenceOf, type LoadContext } from "./load";

/**
 * Raise when the evidence wording that linkWords writes from JavaScript changes (labels.ts's
 * independenceLabel, lib/actors/domains.ts's displayDomain): stored lines of the old wording are
 * then no longer used. Changes in the SQL-built cells change lineFormatText by themselves.
 */
const LINK_WORDING_VERSION = 1;

/** Claims filled per transaction: each holds its rows' locks for a fraction of a second. */
export const FILL_BATCH_SIZE = 2000;

/** Per distinct evidence URL: the domain or "Link", and the independence wording when marked independent. */
function linkWords(urls: readonly string[], context: LoadContext): LinkWords {
  const words: LinkWords = {};
  for (const url of urls) {
    const [evidence] = evidenceOf([{ url, independent: true }], context);
    words[url] = [evidence.domain || "Link", independenceLabel(evidence)];
  }
  return words;
}

/** linkWords for the evidence URLs of these claims, read on the export's connection. */
export async function linkWordsOfClaims(client: PoolClient, claimIds: string[], context: LoadContext): Promise<LinkWords> {
  const urls = evidenceUrlsOfClaimsQuery(claimIds);
  const { rows } = await client.query<{ url: string }>(urls.text, urls.values);
  return linkWords(
    rows.map((row) => row.url),
    context,
  );
}

let formatText: string | null = null;

/** What the stored lines of this context are built with, as a SHA-256. */
export function lineContextKey(context: LoadContext): string {
  formatText ??= lineFormatText();
  const owners = [...context.owners].map((owner) => JSON.stringify([owner.canonicalName, owner.party, owner.domains])).sort();
  const parties = [...context.conflictParties].sort();
  return crypto
    .createHash("sha256")
    .update(JSON.stringify({ format: formatText, wording: LINK_WORDING_VERSION, owners, parties }))
    .digest("hex");
}

async function fillBatch(client: PoolClient, claimIds: string[], context: LoadContext, contextKey: string): Promise<void> {
  await client.query("BEGIN");
  try {
    // As in the COPY's transaction (csv-copy.ts): csv_number needs the shortest float output.
    await client.query("SET LOCAL extra_float_digits = 1");
    const { rows } = await client.query<{ claim_id: string }>(
      `SELECT claim_id FROM claim_report_lines
        WHERE claim_id = ANY($1::text[]) AND (head IS NULL OR context_key IS DISTINCT FROM $2)
          FOR UPDATE SKIP LOCKED`,
      [claimIds, contextKey],
    );
    const locked = rows.map((row) => row.claim_id);
    if (locked.length > 0) {
      // A mark of another context on these articles would no longer hold (csv-marks.ts).
      await dropOtherMarks(client, locked, contextKey);
      const store = storeLinesQuery(locked, await linkWordsOfClaims(client, locked, context), contextKey);
      await client.query(store.text, store.values);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

/**
 * Stores the lines of the given claims that have none for this context, in batches. Only makes
 * later exports faster: a failure (other than the database being gone) is logged, and those
 * lines stay to be built live.
 */
export async function fillReportLines(
  client: PoolClient,
  claimIds: readonly string[],
  options: { context: LoadContext; contextKey: string },
): Promise<void> {
  try {
    for (let from = 0; from < claimIds.length; from += FILL_BATCH_SIZE) {
      await fillBatch(client, claimIds.slice(from, from + FILL_BATCH_SIZE), options.context, options.contextKey);
    }
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    logger().warn({ err: error }, "Gespeicherte CSV-Zeilen konnten nicht geschrieben werden; Exporte bauen sie selbst.");
  }
}
