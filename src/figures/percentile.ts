/**
 * The p-th percentile (0–1) of `values` by linear interpolation between closest ranks — what
 * PostgreSQL's `percentile_cont` and a spreadsheet's PERCENTILE.INC give. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`percentile must be in [0, 1]: ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (rank - lo);
}

/** Median and 90th percentile of durations in milliseconds, as whole seconds. */
export function durationSummary(durationsMs: readonly number[]): {
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
} {
  const seconds = (p: number) => {
    const v = percentile(durationsMs, p);
    return v === null ? null : Math.round(v / 1000);
  };
  return { count: durationsMs.length, medianSeconds: seconds(0.5), p90Seconds: seconds(0.9) };
}
