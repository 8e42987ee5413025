// lib/deep-freeze.ts: the view cache hands the pages one shared entry (sharedRead); frozen all the
// way down, a page that changed it would throw instead of changing every later view's data.
import { deepFreeze } from "@/lib/deep-freeze";

test("freezes the value and everything reachable from it, and returns the value itself", () => {
  const page = {
    items: [{ id: "c1", tags: ["a"], createdAt: new Date("2026-01-01T00:00:00Z"), article: { title: "T" } }],
    counts: { open: 1, verified: null },
    nextCursor: null,
  };
  expect(deepFreeze(page)).toBe(page);
  expect(Object.isFrozen(page)).toBe(true);
  expect(Object.isFrozen(page.items)).toBe(true);
  expect(Object.isFrozen(page.items[0])).toBe(true);
  expect(Object.isFrozen(page.items[0].tags)).toBe(true);
  expect(Object.isFrozen(page.items[0].article)).toBe(true);
  expect(Object.isFrozen(page.items[0].createdAt)).toBe(true);
  expect(Object.isFrozen(page.counts)).toBe(true);
});

test("changing a frozen entry throws (strict mode) and leaves it as it was", () => {
  const entry = deepFreeze({ items: [{ id: "c1", what: "Drohnen" }], total: 1 });
  expect(() => {
    entry.items[0].what = "Panzer";
  }).toThrow(TypeError);
  expect(() => entry.items.push({ id: "c2", what: "x" })).toThrow(TypeError);
  expect(() => (entry as { total: number }).total++).toThrow(TypeError);
  expect(() => {
    delete (entry as { total?: number }).total;
  }).toThrow(TypeError);
  expect(entry).toEqual({ items: [{ id: "c1", what: "Drohnen" }], total: 1 });
});

test("structuredClone of a frozen entry is a changeable copy (cachedRead's callers)", () => {
  const entry = deepFreeze({ items: [{ id: "c1", at: new Date(0) }] });
  const copy = structuredClone(entry);
  copy.items[0].id = "c2";
  expect(Object.isFrozen(copy.items)).toBe(false);
  expect(entry.items[0].id).toBe("c1");
  expect(copy.items[0].at).toEqual(new Date(0));
});

test("primitives, null and cycles", () => {
  expect(deepFreeze(3)).toBe(3);
  expect(deepFreeze("text")).toBe("text");
  expect(deepFreeze(null)).toBeNull();
  expect(deepFreeze(undefined)).toBeUndefined();
  const a: { self?: unknown; list: unknown[] } = { list: [] };
  a.self = a;
  a.list.push(a);
  expect(deepFreeze(a)).toBe(a);
  expect(Object.isFrozen(a.list)).toBe(true);
});

test("symbol keys are frozen too; typed arrays are left alone (Object.freeze cannot freeze them)", () => {
  const key = Symbol("k");
  const bytes = new Uint8Array([1, 2]);
  const value = { [key]: { n: 1 }, bytes };
  deepFreeze(value);
  expect(Object.isFrozen(value[key])).toBe(true);
  bytes[0] = 9;
  expect(bytes[0]).toBe(9);
});
