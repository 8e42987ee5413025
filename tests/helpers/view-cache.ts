// The view cache's tests need a repeat that is served from memory (lib/db/view-cache.ts). One try
// is not enough beside the parallel test workers: a transaction of another database of the cluster
// that ends between the freshness query's snapshot and its pg_locks read cannot be told from one of
// ours, so that one read rightly goes to the database. A cache that never serves fails every try.

/** How often a read and its repeat are tried before the cache counts as out of use. */
const TRIES = 5;

/**
 * Runs `read` and repeats it until a repeat sent a single statement (the freshness check alone,
 * or the gate that carries it) and returns that repeat.
 */
export async function servedFromCache<T extends { statements: number }>(read: () => Promise<T>): Promise<T> {
  const sent: number[] = [];
  for (let attempt = 0; attempt < TRIES; attempt++) {
    await read();
    const again = await read();
    if (again.statements === 1) return again;
    sent.push(again.statements);
  }
  throw new Error(`Keine Wiederholung kam aus dem Cache; gesendete Anweisungen je Versuch: ${sent.join(", ")}`);
}
