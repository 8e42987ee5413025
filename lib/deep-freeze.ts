// Freezing a value all the way down: the view cache (lib/db/view-cache.ts) hands the queue page
// and the article list one shared entry instead of a copy per request, and a page that changed
// it would change every later view's data. Frozen, such a change throws (modules are strict mode)
// instead of going unnoticed.

/**
 * Freezes `value`, every object and array reachable from it (own properties, symbols included),
 * and returns it. Already frozen objects are not entered again (cycles end there). A Date's time
 * or a Map's entries live in internal slots that Object.freeze does not cover; the view cache's
 * entries hold Dates, which no reader changes.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  // A typed array's elements cannot be frozen (Object.freeze throws); none is cached.
  if (Object.isFrozen(value) || ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value as object)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && "value" in descriptor) deepFreeze(descriptor.value);
  }
  return value;
}
