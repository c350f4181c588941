import type { Kysely } from "kysely";
import { runSlaWatch } from "../../commands/timers/watch-step-runs.ts";
import type { DB } from "../../db/schema.ts";
import { enqueueJob } from "../enqueue.ts";
import type { JobPayloads } from "../registry.ts";
import type { JobHandler } from "../types.ts";

/** Payload of `sla.watch`: none. */
export type SlaWatchPayload = Record<string, never>;

/** The watchers that run every minute, each as a job kind. */
export type RecurringWatchKind = "sla.watch" | "legal-timers.watch";
export const RECURRING_WATCH_KINDS: readonly RecurringWatchKind[] = ["sla.watch", "legal-timers.watch"];

const MINUTE_MS = 60_000;

/**
 * Queues the run of a watcher for the minute that starts at `at` (rounded down). The unique key
 * names the minute, so however many processes ask, one job per minute exists; a job key is never
 * reused, so each minute's run is queued at most once, ever.
 */
export async function scheduleWatch(
  db: Kysely<DB>,
  kind: RecurringWatchKind,
  at: Date,
): Promise<{ id: number; created: boolean }> {
  const minute = new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
  return enqueueJob<JobPayloads, RecurringWatchKind>(db, {
    kind,
    payload: {},
    runAt: minute,
    uniqueKey: `${kind}@${minute.toISOString()}`,
    // The next minute's run comes anyway; a failing pass need not be retried for long.
    maxAttempts: 3,
  });
}

/**
 * Starts the minute-by-minute watchers (call once at start-up, after the runner has started; safe
 * from any number of processes). A watcher queues its own next run, so one call keeps it going;
 * after a stop, the pending run is picked up again and the chain continues.
 */
export async function scheduleTimerWatches(db: Kysely<DB>, now: Date): Promise<void> {
  for (const kind of RECURRING_WATCH_KINDS) await scheduleWatch(db, kind, now);
}

/** Runs a watcher pass after queuing the next minute's run first, so a failing pass never ends the chain. */
export function recurringWatch(kind: RecurringWatchKind, pass: typeof runSlaWatch): JobHandler<Record<string, never>> {
  return async (_payload, ctx) => {
    await scheduleWatch(ctx.database.db, kind, new Date(ctx.clock.now().getTime() + MINUTE_MS));
    const result = await pass({ database: ctx.database, clock: ctx.clock }, { signal: ctx.signal });
    if (result.warned + result.late > 0) ctx.logger.info({ watch: kind, ...result }, "time standards watched");
  };
}

/**
 * `sla.watch`, every minute: warns the owners of SOP steps nearing their due time and marks late
 * those past it, telling the CSIRT lead (see `runSlaWatch`). Safe to run twice: all its state is in
 * the step-run rows and the outbox's dedupe keys.
 */
export const slaWatch: JobHandler<SlaWatchPayload> = recurringWatch("sla.watch", runSlaWatch);
