// The live report CSV, written by PostgreSQL: `COPY (lines) TO STDOUT` (csv-sql.ts builds the
// lines, mostly from each claim's stored cells, csv-lines.ts) read through pg-copy-streams on a
// connection of the app's pool, in COPY's binary format. The server does no per-row work – it
// strips each line's length frame (copyBinaryDecoder) and passes the bytes on. Exports that would write the same
// bytes share one COPY (csv-share.ts: the body goes through a temporary file, and parallel or
// later exports with the same key read it), so ten parallel exports of 100 000 claims cost
// PostgreSQL one (issue #9). Backpressure: the COPY is read on only while the fastest client is
// less than a few MB behind, so a slow client makes PostgreSQL wait, not the server buffer. When
// every client of a body has gone away, its COPY ends: the connection is closed (PostgreSQL
// stops when it cannot send) and replaced.
import crypto from "node:crypto";
import type { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { DatabaseUnavailableError, pgPoolOf } from "@/lib/db/prisma";
import { isDatabaseUnavailable } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { csvHeader, rowAffixes, type CsvReportInfo } from "./csv";
import { logger } from "@/lib/log";
import { fillReportLines, lineContextKey, linkWordsOfClaims } from "./csv-lines";
import { markArticles, scopeMarks } from "./csv-marks";
import { type BodyWriter, sharedBody } from "./csv-share";
import { articleVersionsQuery, csvLinesQuery, unstoredLinesQuery, type LinkWords } from "./csv-sql";
import type { LoadContext } from "./load";
import type { ReportScope, ScopeCriteria } from "./scope";

/** COPY's binary format: this signature, a flags word and the length of a header extension. */
const BINARY_SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const BINARY_HEADER = BINARY_SIGNATURE.length + 8;
/** A row: its field count (2 bytes) and the field's length (4 bytes), then the bytes. */
const ROW_FRAME = 6;
const EMPTY = Buffer.alloc(0);

/**
 * Turns COPY's binary format of one-column text lines into the lines' bytes, each line ending in
 * CRLF. Binary, not text: PostgreSQL sends each line's bytes as they are (text format escapes
 * every byte on the server and needs it unescaped here, both a scan of all 70 MB of a large
 * export), and this only copies each line once, by its length. Chunks may split the header or a
 * row's frame; those few bytes wait for the next chunk, a line's bytes never do. A NULL line is
 * a bug in the query and throws rather than write a wrong file.
 */
export function copyBinaryDecoder(): { push(chunk: Uint8Array): Buffer; end(): void } {
  let carry: Buffer = EMPTY;
  let headerRead = false;
  let lineLeft = 0;
  let ended = false;
  /** Reads the header at `chunk`'s start; the offset after it, or -1 when it is incomplete. */
  const readHeader = (chunk: Buffer): number => {
    if (chunk.length < BINARY_HEADER) return -1;
    if (!chunk.subarray(0, BINARY_SIGNATURE.length).equals(BINARY_SIGNATURE)) {
      throw new Error("Die CSV-Daten sind kein binäres COPY.");
    }
    const end = BINARY_HEADER + chunk.readUInt32BE(BINARY_HEADER - 4);
    return chunk.length < end ? -1 : end;
  };
  return {
    push(input) {
      const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
      const chunk = carry.length > 0 ? Buffer.concat([carry, bytes]) : bytes;
      carry = EMPTY;
      let at = 0;
      if (!headerRead) {
        at = readHeader(chunk);
        if (at < 0) {
          carry = Buffer.from(chunk);
          return EMPTY;
        }
        headerRead = true;
      }
      // Every line ending here brought at least its 6 frame bytes, except the one begun before.
      const out = Buffer.allocUnsafe(chunk.length + 2);
      let written = 0;
      while (at < chunk.length) {
        if (lineLeft > 0) {
          const end = Math.min(chunk.length, at + lineLeft);
          written += chunk.copy(out, written, at, end);
          lineLeft -= end - at;
          at = end;
          if (lineLeft === 0) written = out.writeUInt16BE(0x0d0a, written);
          continue;
        }
        if (ended) throw new Error("Die CSV-Daten gehen nach ihrem Ende weiter.");
        if (chunk.length - at < 2) break;
        const fields = chunk.readInt16BE(at);
        if (fields === -1) {
          ended = true;
          at += 2;
          continue;
        }
        if (chunk.length - at < ROW_FRAME) break;
        const length = chunk.readInt32BE(at + 2);
        if (fields !== 1 || length < 0) throw new Error("Der Bericht enthält eine leere CSV-Zeile (Fehler in der Abfrage).");
        at += ROW_FRAME;
        lineLeft = length;
        if (length === 0) written = out.writeUInt16BE(0x0d0a, written);
      }
      if (at < chunk.length) carry = Buffer.from(chunk.subarray(at));
      return out.subarray(0, written);
    },
    end() {
      if (!ended || carry.length > 0 || lineLeft > 0) throw new Error("Die CSV-Daten endeten mitten in einer Zeile.");
    },
  };
}

async function connect(prisma: PrismaClient): Promise<PoolClient> {
  try {
    return await pgPoolOf(prisma).connect();
  } catch (error) {
    throw isDatabaseUnavailable(error) ? new DatabaseUnavailableError(error) : error;
  }
}

/** Closes the connection at once (COPY in flight): PostgreSQL stops when its next send fails. */
function discard(client: PoolClient): void {
  client.release(new Error("CSV-Export abgebrochen"));
  (client as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
}

const encoder = new TextEncoder();

/**
 * For the COPY's transaction: the claims in index order, each joined by nested loops that keep
 * that order, so lines stream as they are written. Otherwise (hash joins, or a sort when the
 * statistics are stale) the planner sorted the finished lines – all of them, tens of MB – before
 * the first byte, and a client that left went unnoticed until then.
 */
export const COPY_PLAN_SETTINGS =
  "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL enable_sort = off; " +
  // csv_number relies on the shortest round-trip float output (the default since PostgreSQL 12);
  // pinned here so a server configured otherwise cannot change the printed numbers.
  "SET LOCAL extra_float_digits = 1";

/**
 * The scope's claims whose lines the COPY builds live (none stored), the words of their links, and
 * the scope's articles without a mark for this context (csv-marks.ts: marked after the storing).
 */
async function unstoredLines(
  client: PoolClient,
  scope: ReportScope,
  options: { approvedOnly: boolean; context: LoadContext; contextKey: string },
): Promise<{ claimIds: string[]; links: LinkWords; unmarked: string[] }> {
  const marks = await scopeMarks(client, scope, options.contextKey);
  const unstored = unstoredLinesQuery(scope, options.approvedOnly, options.contextKey, marks);
  // Every article marked: only the per-article index of empty lines is to be read. Right after
  // many lines were stored the statistics may still call most lines empty, and the planner could
  // then scan the whole line table; a plain index scan (not a bitmap scan) also marks the index
  // entries of lines stored since as dead, so the next lookups skip them
  // (bench:reports --db-only, 50 000 claims: 3.3 ms against 194 ms for the walk, same run).
  const indexOnly = marks.marked.length > 0 && marks.unmarked.length === 0;
  if (indexOnly) await client.query("SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off");
  const claimIds = (await client.query<{ id: string }>(unstored.text, unstored.values)).rows.map((row) => row.id);
  if (indexOnly) await client.query("SET LOCAL enable_seqscan = on; SET LOCAL enable_bitmapscan = on");
  const links = claimIds.length === 0 ? {} : await linkWordsOfClaims(client, claimIds, options.context);
  return { claimIds, links, unmarked: marks.unmarked };
}

/** Marks the articles whose lines are now stored; a failure only leaves them to be walked again. */
async function markArticlesAfterFill(client: PoolClient, articleIds: string[], contextKey: string): Promise<void> {
  try {
    await markArticles(client, articleIds, contextKey);
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    logger().warn({ err: error }, "CSV-Export: Artikel konnten nicht als gespeichert markiert werden.");
  }
}

interface CopyOptions {
  approvedOnly: boolean;
  info: CsvReportInfo;
  context: LoadContext;
}

/**
 * The scope's conditions on the claims themselves, which the articles' versions do not name: with
 * the same articles in the same versions, these decide which claims the file holds. The
 * conditions on the articles (id, dates, outlet) show in which articles articleVersionsQuery
 * lists, so an article scope and a filter scope of that one article share their file (both
 * write its claims in text order).
 */
function claimConditions(scope: ReportScope, approvedOnly: boolean) {
  const filters: ScopeCriteria = scope.type === "filter" ? scope : {};
  return {
    status: filters.status ?? null,
    party: filters.party ?? null,
    actorId: filters.actorId ?? null,
    search: filters.search ?? null,
    claimIds: filters.claimIds ? [...new Set(filters.claimIds)].sort() : null,
    approvedOnly,
  };
}

/** Where an export's time before and during its COPY goes (debug log; bench:reports reads it). */
interface Timings {
  started: number;
  keyMs?: number;
  unstoredMs?: number;
  unstored?: number;
  firstLinesMs?: number;
  copyMs?: number;
}

const elapsed = (timings: Timings) => Math.round(performance.now() - timings.started);

/**
 * What decides the file's bytes, as a SHA-256, read in the export's snapshot: the articles the
 * scope's claims can come from with their versions (every committed change of a line's input,
 * and of which claims an article contributes, gives the article a new version, migration
 * 20261130150000), the claims' own conditions, and everything spliced in per export. Two exports
 * with one key write the same bytes (csv-share.ts). One row per article of the scope is read,
 * not every claim's line.
 */
async function bodyKey(client: PoolClient, scope: ReportScope, options: CopyOptions & { contextKey: string }): Promise<string> {
  const versions = articleVersionsQuery(scope);
  const [row] = (await client.query<{ database: string; articles: number; digest: string }>(versions.text, versions.values)).rows;
  const parts = [
    row.database,
    row.articles,
    row.digest,
    claimConditions(scope, options.approvedOnly),
    options.contextKey,
    options.context.caveatText,
    rowAffixes(options.info),
  ];
  return crypto.createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}

/**
 * Produces a new body: finds the claims without a stored line, runs the COPY and writes its
 * lines through `writer`. Rejects when it cannot start (database unreachable); the lines then
 * go on in the background. After the last byte the connection stores the lines the COPY had to
 * build (csv-lines.ts), for the next export; a body whose readers all left stops its COPY and
 * stores nothing.
 */
async function produce(
  client: PoolClient,
  writer: BodyWriter,
  scope: ReportScope,
  options: CopyOptions & { contextKey: string },
  timings: Timings,
): Promise<void> {
  let connectionOpen = true;
  const drop = () => {
    if (!connectionOpen) return;
    connectionOpen = false;
    discard(client);
  };
  let lines: AsyncIterator<Buffer>;
  let toStore: string[];
  let toMark: string[];
  try {
    const { claimIds, links, unmarked } = await unstoredLines(client, scope, options);
    toStore = claimIds;
    toMark = unmarked;
    timings.unstoredMs = elapsed(timings);
    timings.unstored = claimIds.length;
    const text = csvLinesQuery(scope, { ...options, caveatText: options.context.caveatText, links });
    await client.query(COPY_PLAN_SETTINGS);
    const copy = client.query(copyTo(`COPY (${text}) TO STDOUT (FORMAT binary)`));
    // After an abort the closed connection reports an error to the COPY; nobody waits for it then.
    copy.on("error", () => {});
    lines = copy[Symbol.asyncIterator]();
  } catch (error) {
    writer.fail(error);
    drop();
    throw error;
  }
  writer.onAbort(() => {
    drop();
    void lines.return?.();
  });
  void (async () => {
    const decoder = copyBinaryDecoder();
    try {
      await writer.write(encoder.encode(csvHeader()));
      for (let next = await lines.next(); !next.done && !writer.stopped; next = await lines.next()) {
        timings.firstLinesMs ??= elapsed(timings);
        await writer.write(decoder.push(next.value));
      }
      if (writer.stopped) return;
      decoder.end();
      await writer.finish();
      timings.copyMs = elapsed(timings);
      logger().debug({ ...timings, started: undefined }, "CSV-Export erzeugt (Zeiten in ms seit Beginn).");
    } catch (error) {
      writer.fail(error);
      drop();
      return;
    }
    try {
      await client.query("COMMIT");
      await fillReportLines(client, toStore, { context: options.context, contextKey: options.contextKey });
      await markArticlesAfterFill(client, toMark, options.contextKey);
      connectionOpen = false;
      client.release();
    } catch (error) {
      drop();
      logger().warn({ err: error }, "CSV-Export: Verbindung nach dem Export verworfen.");
    }
  })();
}

/**
 * The CSV (BOM and header line, then one line per claim) of the scope as a stream. In one
 * read-only REPEATABLE READ transaction, so every query sees the same data: computes the body's
 * key; when another export produces or produced the same bytes, reads those (csv-share.ts) and
 * gives the connection back; otherwise finds the claims without a stored line and runs the COPY
 * for itself and every export that attaches meanwhile. Errors before the first byte (database
 * unreachable) throw here.
 */
export async function copyCsvStream(
  prisma: PrismaClient,
  scope: ReportScope,
  options: CopyOptions,
): Promise<ReadableStream<Uint8Array>> {
  const timings: Timings = { started: performance.now() };
  const client = await connect(prisma);
  const withKey = { ...options, contextKey: lineContextKey(options.context) };
  let key: string;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // The key (and the unstored lines' scan) under the planner's own choice; the COPY's plan
    // settings come just before the COPY.
    key = await bodyKey(client, scope, withKey);
    timings.keyMs = elapsed(timings);
  } catch (error) {
    discard(client);
    throw error;
  }
  // No await between the key and sharedBody: two exports with one key never both produce.
  const { stream, writer } = sharedBody(key);
  if (!writer) {
    logger().debug({ ...timings, started: undefined }, "CSV-Export liest eine geteilte Datei (Zeiten in ms seit Beginn).");
    void client.query("COMMIT").then(
      () => client.release(),
      () => discard(client),
    );
    return stream;
  }
  try {
    await produce(client, writer, scope, withKey, timings);
  } catch (error) {
    await stream.cancel();
    throw error;
  }
  return stream;
}
