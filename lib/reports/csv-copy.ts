// The live report CSV, written by PostgreSQL: `COPY (lines) TO STDOUT` (csv-sql.ts builds the
// lines, mostly from each claim's stored cells, csv-lines.ts) read through pg-copy-streams on a
// connection of the app's pool, and handed to the client as it comes. The server does no per-row work – it turns COPY's text escapes back into
// bytes (copyTextDecoder) and passes the bytes on – so many large exports at once cost it
// little CPU and memory (issue #9: 10 exports of 100 000 claims in parallel). Backpressure:
// the next chunk is read from the socket only when the client has taken the one before, so a
// slow client makes PostgreSQL wait, not the server buffer. A client that goes away ends the
// COPY: the connection is closed (PostgreSQL stops when it cannot send) and replaced.
import type { PoolClient } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { DatabaseUnavailableError, pgPoolOf } from "@/lib/db/prisma";
import { isDatabaseUnavailable } from "@/lib/errors";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { csvHeader, type CsvReportInfo } from "./csv";
import { logger } from "@/lib/log";
import { fillReportLines, lineContextKey, linkWordsOfClaims } from "./csv-lines";
import { csvLinesQuery, unstoredLinesQuery, type LinkWords } from "./csv-sql";
import type { LoadContext } from "./load";
import type { ReportScope } from "./scope";

const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;

/** COPY's text format writes these bytes as backslash and a letter (and a backslash doubled). */
const UNESCAPED: Record<number, number> = {
  [BACKSLASH]: BACKSLASH,
  ["n".charCodeAt(0)]: LF,
  ["r".charCodeAt(0)]: CR,
  ["t".charCodeAt(0)]: 0x09,
  ["b".charCodeAt(0)]: 0x08,
  ["f".charCodeAt(0)]: 0x0c,
  ["v".charCodeAt(0)]: 0x0b,
};
const NULL_MARK = "N".charCodeAt(0);

/**
 * Turns COPY's text format of one-column lines back into the lines' bytes, each line ending in
 * CRLF: every raw LF is a line end (data LFs arrive as "\n"), backslash escapes become their
 * bytes. Chunks may split an escape; its backslash waits for the next chunk. Neither byte occurs
 * inside a UTF-8 sequence, so multi-byte characters pass untouched. A NULL line ("\N") is a bug
 * in the query and throws rather than write a wrong file.
 */
export function copyTextDecoder(): { push(chunk: Uint8Array): Buffer; end(): void } {
  let carry: Buffer | null = null;
  return {
    push(input) {
      const chunk = carry ? Buffer.concat([carry, input]) : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
      carry = null;
      // Each LF grows by a CR, each escape shrinks by one byte: at most twice the input.
      const out = Buffer.allocUnsafe(chunk.length * 2);
      let written = 0;
      let at = 0;
      let nextLf = chunk.indexOf(LF, at);
      let nextEscape = chunk.indexOf(BACKSLASH, at);
      while (at < chunk.length) {
        const stop = nextLf < 0 ? nextEscape : nextEscape < 0 ? nextLf : Math.min(nextLf, nextEscape);
        if (stop < 0) {
          written += chunk.copy(out, written, at);
          break;
        }
        written += chunk.copy(out, written, at, stop);
        if (stop === nextLf) {
          out[written++] = CR;
          out[written++] = LF;
          at = stop + 1;
          nextLf = chunk.indexOf(LF, at);
          continue;
        }
        if (stop + 1 === chunk.length) {
          carry = Buffer.from(chunk.subarray(stop));
          break;
        }
        const letter = chunk[stop + 1];
        if (letter === NULL_MARK) throw new Error("Der Bericht enthält eine leere CSV-Zeile (Fehler in der Abfrage).");
        // Any other escaped byte stands for itself (COPY escapes its delimiter that way).
        out[written++] = UNESCAPED[letter] ?? letter;
        at = stop + 2;
        nextEscape = chunk.indexOf(BACKSLASH, at);
      }
      return out.subarray(0, written);
    },
    end() {
      if (carry) throw new Error("Die CSV-Daten endeten mitten in einem Escape.");
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

/** The scope's claims whose lines the COPY builds live (none stored), and the words of their links. */
async function unstoredLines(
  client: PoolClient,
  scope: ReportScope,
  options: { approvedOnly: boolean; context: LoadContext; contextKey: string },
): Promise<{ claimIds: string[]; links: LinkWords }> {
  const unstored = unstoredLinesQuery(scope, options.approvedOnly, options.contextKey);
  const claimIds = (await client.query<{ id: string }>(unstored.text, unstored.values)).rows.map((row) => row.id);
  if (claimIds.length === 0) return { claimIds, links: {} };
  return { claimIds, links: await linkWordsOfClaims(client, claimIds, options.context) };
}

/**
 * The CSV (BOM and header line, then one line per claim) of the scope as a stream. Finds the
 * claims without a stored line and runs the COPY in one read-only REPEATABLE READ transaction,
 * so both see the same data. After the last byte has been handed on, the connection stores the
 * lines the COPY had to build (csv-lines.ts), for the next export; a cancelled export stores
 * nothing. Errors before the first byte (database unreachable) throw here.
 */
export async function copyCsvStream(
  prisma: PrismaClient,
  scope: ReportScope,
  options: { approvedOnly: boolean; info: CsvReportInfo; context: LoadContext },
): Promise<ReadableStream<Uint8Array>> {
  const client = await connect(prisma);
  const contextKey = lineContextKey(options.context);
  let lines: AsyncIterator<Buffer>;
  let toStore: string[];
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    await client.query(COPY_PLAN_SETTINGS);
    const { claimIds, links } = await unstoredLines(client, scope, { ...options, contextKey });
    toStore = claimIds;
    const text = csvLinesQuery(scope, { ...options, caveatText: options.context.caveatText, links, contextKey });
    const copy = client.query(copyTo(`COPY (${text}) TO STDOUT`));
    // After a cancel the closed connection reports an error to the COPY; nobody waits for it then.
    copy.on("error", () => {});
    lines = copy[Symbol.asyncIterator]();
  } catch (error) {
    discard(client);
    throw error;
  }
  const decoder = copyTextDecoder();
  let open = true;
  const finish = async () => {
    try {
      await client.query("COMMIT");
      await fillReportLines(client, toStore, { context: options.context, contextKey });
      client.release();
    } catch (error) {
      discard(client);
      logger().warn({ err: error }, "CSV-Export: Verbindung nach dem Export verworfen.");
    }
  };
  const close = async (ok: boolean) => {
    if (!open) return;
    open = false;
    if (ok) void finish();
    else discard(client);
  };
  let headerSent = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!headerSent) {
          headerSent = true;
          controller.enqueue(encoder.encode(csvHeader()));
          return;
        }
        try {
          for (;;) {
            const next = await lines.next();
            if (next.done) {
              decoder.end();
              controller.close();
              await close(true);
              return;
            }
            const bytes = decoder.push(next.value);
            if (bytes.length > 0) {
              controller.enqueue(bytes);
              return;
            }
          }
        } catch (error) {
          await close(false);
          controller.error(error);
        }
      },
      async cancel() {
        await close(false);
        await lines.return?.();
      },
    },
    // One chunk (tens of KB) waits for the client; the rest stays in PostgreSQL.
    { highWaterMark: 1 },
  );
}
