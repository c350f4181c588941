import { describe, expect, it } from "vitest";
import { backoffDelay, DEFAULT_BACKOFF } from "../../../src/jobs/backoff.ts";

describe("backoffDelay", () => {
  it("doubles from the base after each failed attempt", () => {
    const policy = { baseMs: 1000, maxMs: 60_000 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, policy))).toEqual([1000, 2000, 4000, 8000, 16_000]);
  });

  it("never exceeds the cap, even after very many attempts", () => {
    const policy = { baseMs: 1000, maxMs: 60_000 };
    expect(backoffDelay(7, policy)).toBe(60_000);
    expect(backoffDelay(5000, policy)).toBe(60_000);
  });

  it("defaults to 5 s doubling up to an hour", () => {
    expect(backoffDelay(1)).toBe(5000);
    expect(backoffDelay(2)).toBe(10_000);
    expect(backoffDelay(100)).toBe(DEFAULT_BACKOFF.maxMs);
    expect(DEFAULT_BACKOFF.maxMs).toBe(3_600_000);
  });

  it("treats a zero or fractional count as the first attempt", () => {
    expect(backoffDelay(0, { baseMs: 100, maxMs: 1000 })).toBe(100);
    expect(backoffDelay(2.7, { baseMs: 100, maxMs: 1000 })).toBe(200);
  });
});
