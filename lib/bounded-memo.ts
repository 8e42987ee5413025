// A memo of a function's last few results. The queue page and the article list render the same
// views over and over – every editor of a desk, every reload – from one shared entry of the view
// cache (lib/db/view-cache.ts, sharedRead): what a page builds from such an entry (its rows' JSON,
// their markup, the status links) is the same on every view of it and is kept here instead of
// being built again per request. Keys are compared with Object.is: objects by identity (a shared
// cache entry, the outlet list), strings by value. Bounded, so a stream of distinct keys (typing
// in the search field, a new entry after every change) keeps at most `size` results alive.

/** How many results a memo keeps unless told otherwise. */
export const BOUNDED_MEMO_SIZE = 32;

interface Slot<V> {
  keys: readonly unknown[];
  value: V;
}

function sameKeys(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * A store of the last `size` results by key (the least recently used goes first): `get(keys,
 * compute)` returns the result stored for these keys – compared one by one – or stores and returns
 * `compute()`. For results that need more than their keys to be built (the filters behind a query
 * string): the keys must determine the result. A throwing compute stores nothing.
 */
export function boundedCache<V>(size: number = BOUNDED_MEMO_SIZE): (keys: readonly unknown[], compute: () => V) => V {
  if (!(size >= 1)) throw new RangeError(`boundedMemo: size ${size} < 1`);
  // Most recently used last; a few dozen slots, so a scan is cheaper than building a key.
  const slots: Slot<V>[] = [];
  return (keys, compute) => {
    for (let i = slots.length - 1; i >= 0; i--) {
      const slot = slots[i];
      if (!sameKeys(slot.keys, keys)) continue;
      if (i !== slots.length - 1) {
        slots.splice(i, 1);
        slots.push(slot);
      }
      return slot.value;
    }
    const value = compute();
    if (slots.length >= size) slots.shift();
    slots.push({ keys, value });
    return value;
  };
}

/**
 * `compute`, remembering its results for the last `size` distinct argument lists. `compute` must
 * depend on its arguments only; its result is shared by every caller with the same arguments, so
 * nobody may change it.
 */
export function boundedMemo<A extends readonly unknown[], V>(
  compute: (...args: A) => V,
  size: number = BOUNDED_MEMO_SIZE,
): (...args: A) => V {
  const cache = boundedCache<V>(size);
  return (...args: A): V => cache(args, () => compute(...args));
}
