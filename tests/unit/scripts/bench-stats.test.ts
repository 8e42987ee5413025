// The statistics every benchmark prints its figures with (scripts/lib/bench-app.ts).
import { median, percentile } from "@/scripts/lib/bench-app";

describe("median", () => {
  it("is the middle value of an odd count and the mean of the two middle values of an even count", () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("leaves its input unsorted and is NaN for no values", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(median([])).toBeNaN();
  });
});

describe("percentile (nearest rank)", () => {
  const latencies = Array.from({ length: 100 }, (_, index) => 100 - index);

  it("takes the value at the rank, whatever the order of the input", () => {
    expect(percentile(latencies, 95)).toBe(95);
    expect(percentile(latencies, 50)).toBe(50);
    expect(percentile(latencies, 100)).toBe(100);
  });

  it("stays inside the values at the edges and is NaN for none", () => {
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([2, 1], 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });
});
