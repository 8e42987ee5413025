// A queue view's parts – a page with its counts (searched or filtered), an editor's returned claims
// and rechecks – served again from memory while nothing they read has changed. During breaking news
// a desk opens the same views over and over (every editor, every reload); each run read the same
// rows again – q=Drohnen at a million claims ~2 ms of PostgreSQL CPU for its page, a filtered page
// ~1–2 ms of planning, the returned claims ~1 ms of audit probes – plus the app's work on the rows,
// on the two cores the app shares with PostgreSQL.
//
// Freshness is exact, not a time to live: every transaction that writes what a search page reads
// leaves a row keyed by its transaction id in search_changes (migration
// 20261201100000_search_changes, which explains why the newest row is a safe key when no older
// transaction is still running). The key is read before the page, so a page stored under it is at
// least as new as every snapshot that reads the same key. Per process and per database client; a
// second instance keeps its own.
import { deepFreeze } from "@/lib/deep-freeze";
import { queryRows } from "@/lib/db/prisma";
import { logger } from "@/lib/log";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Views kept per key (the oldest stored goes first): a popular search or filter is one entry, typing
 * makes one per prefix, each editor's returned claims one. At most ~300 × 100 rows of ~600 bytes
 * (~18 MB) per process.
 */
export const SEARCH_CACHE_SIZE = 300;

// Transaction ids are shared by all databases of a cluster, so "the oldest running transaction"
// would let any long transaction elsewhere (another database, a test run beside) switch the cache
// off. Only a transaction that runs in this database can write our tables: an id in the
// snapshot's running list (pg_snapshot_xip) at or below the newest note blocks the cache unless
// pg_locks shows it held, right now, by a backend of another database. One that ended meanwhile is
// not found and blocks too (it may have committed a note below the key after the snapshot).
// pg_locks and pg_stat_activity's pid/datid are readable by every role. The modulo turns the
// 64-bit id into the 32-bit one pg_locks shows.
export const FRESHNESS_QUERY = Prisma.sql`
  WITH newest AS (SELECT coalesce(max(s.xid), 0) AS xid FROM search_changes s)
  SELECT newest.xid::text AS last_change,
         EXISTS (
           SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot()) running
            WHERE running::text::bigint <= newest.xid
              AND NOT EXISTS (
                SELECT 1 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                 WHERE l.locktype = 'transactionid' AND l.mode = 'ExclusiveLock' AND l.granted
                   AND l.transactionid::text::bigint = running::text::bigint % 4294967296
                   AND a.datid <> (SELECT d.oid FROM pg_database d WHERE d.datname = current_database()))
         ) AS older_writer_here
    FROM newest`;

export interface FreshnessRow {
  last_change: string;
  older_writer_here: boolean;
}

/** The cache key FRESHNESS_QUERY's row gives: null while an older writer may still commit. */
export function freshnessKeyOf(row: FreshnessRow): bigint | null {
  return row.older_writer_here ? null : BigInt(row.last_change);
}

interface Cache {
  /** The newest change the entries reflect (see FRESHNESS_QUERY). */
  lastChange: bigint;
  /** Loads by search, shared while running; a failed load is dropped. */
  entries: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<PrismaClient, Cache>();

/**
 * The newest change every snapshot from now on sees, or null when a transaction of this database
 * older than it is still running (it may yet commit a change the key would not show): then nothing
 * is cached.
 */
export async function searchFreshness(prisma: PrismaClient): Promise<bigint | null> {
  // One fixed text: a prepared statement with a plan that never depends on a value.
  const [row] = await queryRows<FreshnessRow>(prisma, FRESHNESS_QUERY, { prepared: true });
  return freshnessKeyOf(row);
}

/**
 * Drops the notes older than `lastChange`. Safe once a reader saw no transaction older than it
 * running: those notes belong to ended transactions, and the newest note, the key, stays. Without
 * this the table would grow by a row per writing transaction for ever.
 */
export async function pruneSearchChanges(prisma: PrismaClient, lastChange: bigint): Promise<void> {
  await prisma.$executeRaw`DELETE FROM search_changes WHERE xid < ${lastChange}`;
}

/** The cache for this key, emptied when a newer change arrives; null for a key older than the cache's. */
function cacheFor(prisma: PrismaClient, lastChange: bigint): Cache | null {
  const cache = caches.get(prisma);
  if (cache && cache.lastChange === lastChange) return cache;
  // A reader that took its key before the latest change finishes later: served, not stored.
  if (cache && cache.lastChange > lastChange) return null;
  const fresh: Cache = { lastChange, entries: new Map() };
  caches.set(prisma, fresh);
  // Once per new key and process: off the request's path, a failure only leaves rows for the next.
  pruneSearchChanges(prisma, lastChange).catch((error: unknown) =>
    logger().warn({ err: error }, "search_changes: Aufräumen fehlgeschlagen"),
  );
  return fresh;
}

/**
 * `load()`'s result for `search` (a stable description of the search and its page), read again only
 * when something a search reads has changed since. Each caller gets its own copy.
 */
export async function cachedSearch<T>(prisma: PrismaClient, search: string, load: () => Promise<T>): Promise<T> {
  return cachedRead(prisma, search, await searchFreshness(prisma), load);
}

/**
 * `load()`'s result for `key` under the freshness key `lastChange` (searchFreshness, or
 * FRESHNESS_QUERY's row read in a statement of the caller's own, freshnessKeyOf), read again only
 * when something changed since; null: nothing is kept. Each caller gets its own copy (the searches
 * of GET /api/claims through cachedSearch); the pages take sharedRead's shared entry.
 */
export async function cachedRead<T>(
  prisma: PrismaClient,
  key: string,
  lastChange: bigint | null,
  load: () => Promise<T>,
): Promise<T> {
  if (lastChange === null) return load();
  return structuredClone(await sharedRead(prisma, key, lastChange, load));
}

/**
 * Like cachedRead, but every caller gets the one stored entry itself, deep-frozen (deepFreeze when
 * it was stored) – no copy per request. For the pages, which only read it: a copy of a queue page
 * (25 rows with their dates) cost ~0.1 ms of app CPU per view, and a shared entry lets a page keep
 * what it builds from it (lib/bounded-memo.ts) for the next view. Whatever changes it throws.
 * Without a key (null) the freshly loaded value is returned as it is.
 */
export async function sharedRead<T>(
  prisma: PrismaClient,
  key: string,
  lastChange: bigint | null,
  load: () => Promise<T>,
): Promise<T> {
  const cache = lastChange === null ? null : cacheFor(prisma, lastChange);
  if (!cache) return load();
  return entryOf(cache, key, load);
}

/** The cache's entry for `key`, loaded (and frozen once loaded) when missing; shared while loading. */
function entryOf<T>(cache: Cache, key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.entries.get(key) as Promise<T> | undefined;
  if (!entry) {
    if (cache.entries.size >= SEARCH_CACHE_SIZE) cache.entries.delete(cache.entries.keys().next().value!);
    entry = load().then(deepFreeze);
    cache.entries.set(key, entry);
    entry.catch(() => {
      if (cache.entries.get(key) === entry) cache.entries.delete(key);
    });
  }
  return entry;
}
