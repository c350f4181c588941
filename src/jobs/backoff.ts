/** How long to wait before retrying failed work. */
export interface BackoffPolicy {
  /** Delay before the second attempt; it doubles for each attempt after that. */
  baseMs: number;
  /** The delay never grows beyond this. */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, maxMs: 60 * 60_000 };

/**
 * Exponential backoff: after the n-th failed attempt (n ≥ 1) wait `base · 2^(n-1)`, capped at `max`.
 * With the default 5 s base: 5 s, 10 s, 20 s, 40 s … up to an hour.
 */
export function backoffDelay(failedAttempts: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const n = Math.max(1, Math.trunc(failedAttempts));
  // 2^(n-1) overflows to Infinity for large n; Math.min then still gives the cap.
  return Math.min(policy.maxMs, policy.baseMs * 2 ** (n - 1));
}
