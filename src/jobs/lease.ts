import { sql, type RawBuilder } from "kysely";
import type { Database } from "../db/connect.ts";
import { skipLocked } from "../db/dialect.ts";
import type { Job, OutboxMessage } from "../db/schema.ts";
import { backoffDelay, type BackoffPolicy } from "./backoff.ts";

/*
 * Leasing, shared by the job queue and the outbox. A worker claims due rows by writing its id and a
 * lease expiry into them and counting the attempt, in one statement; on PostgreSQL the candidate rows
 * are picked `FOR UPDATE SKIP LOCKED`, so concurrent workers never pick the same row, and on SQLite
 * the single UPDATE is atomic because writers are serialised. While a lease is live no other worker
 * can claim the row. A lease is identified by (worker id, attempt number): when it expires and another
 * worker (or the same one) claims the row again, the attempt number moves on and the first holder's
 * completion or failure no longer matches anything.
 */

/** The two leased queues. */
export type LeaseQueue = "jobs" | "outbox";

interface QueueRows {
  jobs: Job;
  outbox: OutboxMessage;
}

interface QueueSpec {
  /** Column holding the earliest time the row may run. */
  due: "run_at" | "next_attempt_at";
  /** Status while leased (outbox rows stay `pending`: the lease columns tell they are taken). */
  leased: "running" | "pending";
  done: "done" | "sent";
  doneAt: "finished_at" | "sent_at";
}

const SPECS: Record<LeaseQueue, QueueSpec> = {
  jobs: { due: "run_at", leased: "running", done: "done", doneAt: "finished_at" },
  outbox: { due: "next_attempt_at", leased: "pending", done: "sent", doneAt: "sent_at" },
};

/** The database handle leasing needs. */
export type LeaseDatabase = Pick<Database, "db" | "dialect">;

/** What identifies one claim of a row: completing or failing it needs the same three values. */
export interface LeaseRef {
  id: number;
  locked_by: string | null;
  attempts: number;
}

export interface ClaimOptions {
  workerId: string;
  now: Date;
  leaseMs: number;
  limit: number;
  /**
   * Attempts allowed per row. Jobs carry their own `max_attempts`; this applies to the outbox, which
   * has no such column (default 10).
   */
  maxAttempts?: number;
  /**
   * Outbox only: the channels this worker can deliver. Messages for other channels wait, untouched,
   * until a process with that channel's adapter runs (e-mail before its adapter exists, say).
   */
  channels?: readonly string[];
}

const DEFAULT_OUTBOX_MAX_ATTEMPTS = 10;
const MAX_ERROR_LENGTH = 4000;

// `attempts < max` for the queue: the row's own column for jobs, a fixed number for the outbox.
function maxAttemptsOf(queue: LeaseQueue, maxAttempts: number | undefined): RawBuilder<number> {
  return queue === "jobs" ? sql<number>`max_attempts` : sql<number>`${maxAttempts ?? DEFAULT_OUTBOX_MAX_ATTEMPTS}`;
}

/**
 * Atomically claims up to `limit` due rows for `workerId`: pending rows whose time has come, and rows
 * whose lease expired (their worker crashed or stalled). Counts the attempt. Oldest due first.
 */
export async function claimDue<Q extends LeaseQueue>(
  database: LeaseDatabase,
  queue: Q,
  options: ClaimOptions,
): Promise<QueueRows[Q][]> {
  if (options.limit <= 0) return [];
  const spec = SPECS[queue];
  const now = options.now.toISOString();
  const until = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const table = sql.table(queue);
  const due = sql.ref(spec.due);
  const result = await sql<QueueRows[Q]>`
    update ${table}
    set status = ${spec.leased}, locked_by = ${options.workerId}, locked_until = ${until}, attempts = attempts + 1
    where id in (
      select id from ${table}
      where status in ('pending', ${spec.leased})
        and ${due} <= ${now}
        and (locked_until is null or locked_until <= ${now})
        and attempts < ${maxAttemptsOf(queue, options.maxAttempts)}
        ${queue === "outbox" && options.channels ? sql`and channel in (${sql.join(options.channels.length ? options.channels : [""])})` : sql``}
      order by ${due}, id
      limit ${options.limit}
      ${skipLocked(database.dialect)}
    )
    returning *`.execute(database.db);
  // RETURNING has no defined order.
  return result.rows.sort((a, b) =>
    dueOf(queue, a) < dueOf(queue, b) ? -1 : dueOf(queue, a) > dueOf(queue, b) ? 1 : a.id - b.id,
  );
}

function dueOf(queue: LeaseQueue, row: Job | OutboxMessage): string {
  return queue === "jobs" ? (row as Job).run_at : (row as OutboxMessage).next_attempt_at;
}

// Matches the row only while this claim is still the current one.
function ours(queue: LeaseQueue, lease: LeaseRef): RawBuilder<unknown> {
  return sql`id = ${lease.id} and locked_by = ${lease.locked_by} and attempts = ${lease.attempts} and status = ${SPECS[queue].leased}`;
}

/** Marks a claimed row done (job) or sent (outbox). False when the lease was taken over meanwhile. */
export async function completeLease(
  database: LeaseDatabase,
  queue: LeaseQueue,
  lease: LeaseRef,
  now: Date,
): Promise<boolean> {
  const spec = SPECS[queue];
  const result = await sql`
    update ${sql.table(queue)}
    set status = ${spec.done}, ${sql.ref(spec.doneAt)} = ${now.toISOString()}, locked_until = null
    where ${ours(queue, lease)}`.execute(database.db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/** What became of a failed attempt. */
export type FailOutcome =
  | { outcome: "retry"; nextAttemptAt: Date }
  | { outcome: "failed" }
  /** The lease had been taken over: this worker's failure was not recorded. */
  | { outcome: "lost" };

export interface FailOptions {
  now: Date;
  error: unknown;
  backoff: BackoffPolicy;
  /** Attempts allowed; jobs pass their row's `max_attempts`. */
  maxAttempts: number;
}

/**
 * Records a failed attempt: schedules a retry after exponential backoff, or — once `maxAttempts`
 * attempts have been made — marks the row `failed` for good. The error text is kept in `last_error`.
 */
export async function failLease(
  database: LeaseDatabase,
  queue: LeaseQueue,
  lease: LeaseRef,
  options: FailOptions,
): Promise<FailOutcome> {
  const spec = SPECS[queue];
  const error = errorText(options.error);
  const final = lease.attempts >= options.maxAttempts;
  const nextAttemptAt = new Date(options.now.getTime() + backoffDelay(lease.attempts, options.backoff));
  const set = final
    ? queue === "jobs"
      ? sql`status = 'failed', finished_at = ${options.now.toISOString()}`
      : sql`status = 'failed'`
    : sql`status = 'pending', ${sql.ref(spec.due)} = ${nextAttemptAt.toISOString()}`;
  const result = await sql`
    update ${sql.table(queue)}
    set ${set}, locked_until = null, last_error = ${error}
    where ${ours(queue, lease)}`.execute(database.db);
  if (Number(result.numAffectedRows ?? 0) === 0) return { outcome: "lost" };
  return final ? { outcome: "failed" } : { outcome: "retry", nextAttemptAt };
}

/** Pushes a live lease's expiry forward (a heartbeat for long handlers). False when it was lost. */
export async function extendLease(
  database: LeaseDatabase,
  queue: LeaseQueue,
  lease: LeaseRef,
  options: { now: Date; leaseMs: number },
): Promise<boolean> {
  const until = new Date(options.now.getTime() + options.leaseMs).toISOString();
  const result = await sql`
    update ${sql.table(queue)} set locked_until = ${until}
    where ${ours(queue, lease)} and locked_until > ${options.now.toISOString()}`.execute(database.db);
  return Number(result.numAffectedRows ?? 0) > 0;
}

/**
 * Marks `failed` the rows that can never be claimed again: their attempts are used up and no live
 * lease holds them — typically a worker that crashed during the last attempt. Returns how many.
 */
export async function reapExhausted(
  database: LeaseDatabase,
  queue: LeaseQueue,
  options: { now: Date; maxAttempts?: number },
): Promise<number> {
  const spec = SPECS[queue];
  const now = options.now.toISOString();
  const finished = queue === "jobs" ? sql`, finished_at = ${now}` : sql``;
  const result = await sql`
    update ${sql.table(queue)}
    set status = 'failed', locked_until = null${finished},
        last_error = coalesce(last_error || '; ', '') || ${"no attempts left: the last one ended without a result (worker stopped, lease expired)"}
    where status in ('pending', ${spec.leased})
      and (locked_until is null or locked_until <= ${now})
      and attempts >= ${maxAttemptsOf(queue, options.maxAttempts)}`.execute(database.db);
  return Number(result.numAffectedRows ?? 0);
}

/** The text kept in `last_error`: the message and the first lines of the stack, bounded. */
export function errorText(error: unknown): string {
  const text =
    error instanceof Error
      ? (error.stack ?? `${error.name}: ${error.message}`)
      : typeof error === "string"
        ? error
        : JSON.stringify(error);
  return (text ?? String(error)).slice(0, MAX_ERROR_LENGTH);
}
