// Checks the whole audit chain: every event's hash against its content, its link to the
// event before it, the gapless order, and the chain head (events removed at the end).
// Streams in seq order in pages (keyset), so memory stays bounded however long the chain.
import { CANONICAL_SQL, GENESIS_HASH, chainHash } from "./canonical";

/** Runs one parameterised query (a pg Client's or Prisma's $queryRawUnsafe) and returns its rows. */
export type RunQuery = <Row>(sql: string, values: unknown[]) => Promise<Row[]>;

export type ChainStatus =
  { intact: true; count: number } | { intact: false; count: number; eventId: string | null; seq: string | null; message: string };

interface ChainRow {
  id: string;
  seq: string;
  prev_hash: string;
  hash: string;
  canonical: string;
}

const PAGE_SIZE = 500;

const PAGE_SQL = `SELECT e.id::text AS id, e.seq::text AS seq, e.prev_hash, e.hash, ${CANONICAL_SQL} AS canonical
  FROM audit_events e WHERE e.seq > $1::bigint ORDER BY e.seq LIMIT $2`;

/** The first problem of one event, or null when it is in order. */
function checkEvent(row: ChainRow, expectedSeq: bigint, previousHash: string): string | null {
  const where = `Ereignis #${row.id} (Position ${row.seq})`;
  if (BigInt(row.seq) !== expectedSeq) {
    return `Audit-Kette gebrochen bei ${where}: erwartet war Position ${expectedSeq} – Ereignisse davor fehlen.`;
  }
  if (row.prev_hash !== previousHash) {
    return `Audit-Kette gebrochen bei ${where}: der Verweis auf das vorige Ereignis stimmt nicht – ein Ereignis davor wurde verändert, entfernt oder eingeschoben.`;
  }
  if (chainHash(row.prev_hash, row.canonical) !== row.hash) {
    return `Audit-Kette gebrochen bei ${where}: der Inhalt passt nicht zu seinem Hash – das Ereignis wurde nachträglich verändert.`;
  }
  return null;
}

export async function verifyAuditChain(query: RunQuery): Promise<ChainStatus> {
  let previousHash = GENESIS_HASH;
  let lastSeq = BigInt(0);
  let count = 0;
  for (;;) {
    const rows = await query<ChainRow>(PAGE_SQL, [lastSeq.toString(), PAGE_SIZE]);
    for (const row of rows) {
      const problem = checkEvent(row, lastSeq + BigInt(1), previousHash);
      if (problem) return { intact: false, count, eventId: row.id, seq: row.seq, message: problem };
      previousHash = row.hash;
      lastSeq = BigInt(row.seq);
      count++;
    }
    if (rows.length < PAGE_SIZE) break;
  }
  return checkHead(query, { count, lastSeq, previousHash });
}

/** The head remembers the last event: a chain that ends early lost its newest events. */
async function checkHead(query: RunQuery, chain: { count: number; lastSeq: bigint; previousHash: string }): Promise<ChainStatus> {
  const [head] = await query<{ seq: string; hash: string }>("SELECT seq::text AS seq, hash FROM audit_chain_head", []);
  if (head && (BigInt(head.seq) !== chain.lastSeq || head.hash !== chain.previousHash)) {
    return {
      intact: false,
      count: chain.count,
      eventId: null,
      seq: head.seq,
      message: `Audit-Kette gebrochen am Ende: der Kettenkopf nennt ${head.seq} Ereignisse, gefunden wurden ${chain.count} in Ordnung – die neuesten Ereignisse wurden entfernt oder verändert.`,
    };
  }
  return { intact: true, count: chain.count };
}

export function chainStatusLine(status: ChainStatus): string {
  return status.intact ? `Audit-Kette intakt: ${status.count} Ereignisse` : status.message;
}
