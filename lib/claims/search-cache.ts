// A search's page and counts, served again from memory while nothing they read has changed.
// During breaking news a desk runs the same search over and over (every editor, every reload);
// each run read the same rows again – q=Drohnen at a million claims ~2 ms of PostgreSQL CPU for its
// page (plus the app's work on the rows), on the two cores the app shares with PostgreSQL.
//
// Freshness is exact, not a time to live: every transaction that writes what a search page reads
// leaves a row keyed by its transaction id in search_changes (migration
// 20261201100000_search_changes, which explains why the newest row is a safe key when no older
// transaction is still running). The key is read before the page, so a page stored under it is at
// least as new as every snapshot that reads the same key. Per process and per database client; a
// second instance keeps its own.
import { queryRows } from "@/lib/db/prisma";
import { logger } from "@/lib/log";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Searches kept per key (the oldest stored goes first): a popular search is one entry, typing makes
 * one per prefix. At most ~200 × 100 rows of ~600 bytes (~12 MB) per process.
 */
export const SEARCH_CACHE_SIZE = 200;

const FRESHNESS_QUERY = Prisma.sql`
  SELECT (SELECT max(s.xid) FROM search_changes s)::text AS last_change,
         pg_snapshot_xmin(pg_current_snapshot())::text AS oldest_running`;

interface FreshnessRow {
  last_change: string | null;
  oldest_running: string;
}

interface Cache {
  /** The newest change the entries reflect (see FRESHNESS_QUERY). */
  lastChange: bigint;
  /** Loads by search, shared while running; a failed load is dropped. */
  entries: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<PrismaClient, Cache>();

/**
 * The newest change every snapshot from now on sees, or null when a transaction older than it is
 * still running (it may yet commit a change the key would not show): then nothing is cached.
 */
export async function searchFreshness(prisma: PrismaClient): Promise<bigint | null> {
  // One fixed text: a prepared statement with a plan that never depends on a value.
  const [row] = await queryRows<FreshnessRow>(prisma, FRESHNESS_QUERY, { prepared: true });
  const lastChange = row.last_change === null ? 0n : BigInt(row.last_change);
  return BigInt(row.oldest_running) > lastChange ? lastChange : null;
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
  const lastChange = await searchFreshness(prisma);
  const cache = lastChange === null ? null : cacheFor(prisma, lastChange);
  if (!cache) return load();
  let entry = cache.entries.get(search) as Promise<T> | undefined;
  if (!entry) {
    if (cache.entries.size >= SEARCH_CACHE_SIZE) cache.entries.delete(cache.entries.keys().next().value!);
    entry = load();
    cache.entries.set(search, entry);
    entry.catch(() => {
      if (cache.entries.get(search) === entry) cache.entries.delete(search);
    });
  }
  return structuredClone(await entry);
}
