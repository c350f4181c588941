import { describe, expect, it } from "vitest";
import { monthBuckets, monthsBefore } from "../../../src/figures/months.ts";
import { durationSummary, percentile } from "../../../src/figures/percentile.ts";

describe("percentile", () => {
  it("interpolates between ranks like percentile_cont", () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([3, 1, 2], 0.5)).toBe(2);
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30], 0.9)).toBe(28);
    expect(percentile([10, 20, 30], 0)).toBe(10);
    expect(percentile([10, 20, 30], 1)).toBe(30);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it("summarises durations in whole seconds", () => {
    expect(durationSummary([1_000, 2_000, 10_000])).toEqual({ count: 3, medianSeconds: 2, p90Seconds: 8 });
    expect(durationSummary([])).toEqual({ count: 0, medianSeconds: null, p90Seconds: null });
  });
});

describe("month buckets", () => {
  it("follow the team's zone, clipped to the period", () => {
    const buckets = monthBuckets(new Date("2026-10-15T00:00:00Z"), new Date("2026-12-01T00:00:00Z"), "Asia/Makassar");
    expect(buckets.map((b) => [b.month, b.start.toISOString(), b.end.toISOString()])).toEqual([
      ["2026-10", "2026-10-15T00:00:00.000Z", "2026-10-31T16:00:00.000Z"],
      ["2026-11", "2026-10-31T16:00:00.000Z", "2026-11-30T16:00:00.000Z"],
      ["2026-12", "2026-11-30T16:00:00.000Z", "2026-12-01T00:00:00.000Z"],
    ]);
  });

  it("start each month at local midnight in a zone with daylight saving", () => {
    const buckets = monthBuckets(
      new Date("2026-03-01T05:00:00Z"),
      new Date("2026-05-01T04:00:00Z"),
      "America/New_York",
    );
    expect(buckets.map((b) => [b.month, b.start.toISOString()])).toEqual([
      ["2026-03", "2026-03-01T05:00:00.000Z"],
      ["2026-04", "2026-04-01T04:00:00.000Z"],
    ]);
  });

  it("count months back across a year", () => {
    expect(monthsBefore("2026-03", 11)).toBe("2025-04");
    expect(monthsBefore("2026-12", 11)).toBe("2026-01");
    expect(monthsBefore("2026-01", 0)).toBe("2026-01");
  });
});
