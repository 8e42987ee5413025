// lib/bounded-memo.ts: the queue page and the article list keep what they build from a shared view
// cache entry (rows JSON and markup, status links, filter fields) for the next view of it. A result
// is reused only for the same arguments (objects by identity, strings by value), and at most the
// last `size` results stay alive.
import { boundedCache, boundedMemo } from "@/lib/bounded-memo";

test("computes once per distinct arguments and returns the same result again", () => {
  const compute = jest.fn((a: string, b: number) => ({ text: `${a}${b}` }));
  const memo = boundedMemo(compute);
  const first = memo("x", 1);
  expect(memo("x", 1)).toBe(first);
  // A string built anew with the same content is the same key.
  expect(memo(["x"].join(""), 1)).toBe(first);
  expect(memo("x", 2)).toEqual({ text: "x2" });
  expect(compute).toHaveBeenCalledTimes(2);
});

test("objects are keys by identity, not by content", () => {
  const compute = jest.fn((items: number[]) => items.length);
  const memo = boundedMemo(compute);
  const items = [1, 2, 3];
  memo(items);
  memo(items);
  memo([1, 2, 3]);
  expect(compute).toHaveBeenCalledTimes(2);
});

test("keeps the last `size` results: the least recently used one goes first", () => {
  const compute = jest.fn((key: string) => `value of ${key}`);
  const memo = boundedMemo(compute, 2);
  memo("a");
  memo("b");
  memo("a"); // a is now the most recently used
  memo("c"); // evicts b
  expect(compute).toHaveBeenCalledTimes(3);
  memo("a");
  memo("c");
  expect(compute).toHaveBeenCalledTimes(3);
  memo("b");
  expect(compute).toHaveBeenCalledTimes(4);
});

test("the default keeps 32 results", () => {
  const compute = jest.fn((n: number) => n * 2);
  const memo = boundedMemo(compute);
  for (let n = 0; n < 33; n++) memo(n);
  expect(compute).toHaveBeenCalledTimes(33);
  memo(32);
  memo(1);
  expect(compute).toHaveBeenCalledTimes(33);
  memo(0); // the 33rd distinct key pushed out the first
  expect(compute).toHaveBeenCalledTimes(34);
});

test("a compute that throws stores nothing: the next call computes again", () => {
  let fail = true;
  const memo = boundedMemo((key: string) => {
    if (fail) throw new Error(`failed ${key}`);
    return key.length;
  });
  expect(() => memo("abc")).toThrow("failed abc");
  fail = false;
  expect(memo("abc")).toBe(3);
});

test("NaN, null and undefined are keys like any other (Object.is)", () => {
  const compute = jest.fn((value: unknown) => String(value));
  const memo = boundedMemo(compute);
  memo(NaN);
  memo(NaN);
  memo(null);
  memo(undefined);
  memo(null);
  expect(compute).toHaveBeenCalledTimes(3);
});

test("boundedCache: the keys decide, what compute reads besides them does not", () => {
  const cache = boundedCache<string>();
  const counts = { open: 3 };
  expect(cache([counts, "status=open"], () => "first")).toBe("first");
  expect(cache([counts, "status=open"], () => "second")).toBe("first");
  expect(cache([{ open: 3 }, "status=open"], () => "third")).toBe("third");
  expect(cache([counts, "status=disputed"], () => "fourth")).toBe("fourth");
  // A different number of keys is a different entry.
  expect(cache([counts], () => "fifth")).toBe("fifth");
});

test("a size below 1 is refused", () => {
  expect(() => boundedMemo((n: number) => n, 0)).toThrow(RangeError);
});
