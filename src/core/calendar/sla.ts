/** Where a running step stands against its due time. */
export type SlaState = "on_time" | "due_soon" | "late";

/** The default share of the allowed time after which a step counts as due soon. */
export const DEFAULT_WARN_SHARE = 0.8;

/**
 * `late` once `now` is past `due`; `due_soon` once `warnShare` of the wall-clock time from
 * `startedAt` to `due` has passed (or when the window is empty); otherwise `on_time`.
 * At exactly the due instant a step is due soon, not yet late.
 */
export function slaState(now: Date, startedAt: Date, due: Date, warnShare: number = DEFAULT_WARN_SHARE): SlaState {
  if (!(warnShare > 0 && warnShare <= 1)) throw new RangeError(`warnShare must be in (0, 1]: ${warnShare}`);
  if (now.getTime() > due.getTime()) return "late";
  const window = due.getTime() - startedAt.getTime();
  if (window <= 0) return "due_soon";
  return (now.getTime() - startedAt.getTime()) / window >= warnShare ? "due_soon" : "on_time";
}
