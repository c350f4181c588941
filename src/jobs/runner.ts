import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { pino } from "pino";
import type { Clock } from "../core/clock.ts";
import type { Database } from "../db/connect.ts";
import type { Job, OutboxMessage } from "../db/schema.ts";
import { createLogAdapter } from "./adapters/log.ts";
import { DEFAULT_BACKOFF, type BackoffPolicy } from "./backoff.ts";
import {
  claimDue,
  completeLease,
  extendLease,
  failLease,
  reapExhausted,
  type LeaseQueue,
  type LeaseRef,
} from "./lease.ts";
import type { JobPayloads } from "./registry.ts";
import type { DeliveryAdapter, JobHandler, JobHandlers, RunnerLogger } from "./types.ts";

export interface JobRunnerOptions<M extends object = JobPayloads> {
  database: Database;
  clock: Clock;
  /** One handler per job kind (see `jobHandlers` in registry.ts). */
  handlers: JobHandlers<M>;
  /** Delivery adapters by outbox channel; default `{ log: <logging adapter> }`. */
  adapters?: Record<string, DeliveryAdapter>;
  /** Unique per process; default `<hostname>:<pid>:<random>`. */
  workerId?: string;
  /** How often an idle runner looks for due work (default 1000 ms). */
  pollIntervalMs?: number;
  /** How long a claim lasts without a heartbeat (default 60 s); a live handler's lease is renewed. */
  leaseMs?: number;
  /** Jobs and messages handled at the same time by this process (default 4). */
  concurrency?: number;
  logger?: RunnerLogger;
  /** Retry delays for jobs and messages (default 5 s doubling up to 1 h). */
  backoff?: BackoffPolicy;
  /** Delivery attempts per outbox message before it is marked failed (default 10). */
  outboxMaxAttempts?: number;
}

export interface JobRunner {
  readonly workerId: string;
  /** Starts polling in the background. */
  start(): void;
  /** Stops claiming new work and resolves once every handler in flight has finished. */
  stop(): Promise<void>;
  /** Claims what is due now (up to `concurrency`), handles it, and returns how many were handled. */
  runOnce(): Promise<number>;
}

type Claimed = { queue: "jobs"; row: Job } | { queue: "outbox"; row: OutboxMessage };

// Clean-up of exhausted rows is not urgent; do it now and then rather than on every poll.
const REAP_EVERY_MS = 30_000;

/**
 * Creates the job runner: it leases due jobs and outbox messages (see lease.ts for the guarantee
 * that a live lease is held by one worker only), runs the handler of each job kind, hands each
 * outbox message to the adapter of its channel, and records success, a retry with backoff, or the
 * final failure. Several runners — in one process or many sharing a database — cooperate safely.
 */
export function createJobRunner<M extends object = JobPayloads>(options: JobRunnerOptions<M>): JobRunner {
  const { database, clock } = options;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const pollIntervalMs = options.pollIntervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const logger = options.logger ?? pino({ name: "sigap-jobs" });
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const outboxMaxAttempts = options.outboxMaxAttempts ?? 10;
  const adapters: Record<string, DeliveryAdapter> = options.adapters ?? { log: createLogAdapter(logger) };
  // Looked up by the kind stored in the row, which may be one this build does not know.
  const handlers = options.handlers as unknown as Record<string, JobHandler<never> | undefined>;

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let jobsFirst = true;
  let lastReap = -Infinity;

  async function claim(): Promise<Claimed[]> {
    const free = concurrency - inFlight.size;
    if (free <= 0 || stopping) return [];
    const now = clock.now();
    const take = async (queue: LeaseQueue, limit: number): Promise<Claimed[]> =>
      queue === "jobs"
        ? (await claimDue(database, "jobs", { workerId, now, leaseMs, limit })).map((row) => ({ queue, row }))
        : (
            await claimDue(database, "outbox", {
              workerId,
              now,
              leaseMs,
              limit,
              maxAttempts: outboxMaxAttempts,
              channels: Object.keys(adapters),
            })
          ).map((row) => ({ queue, row }));
    // Alternate which queue goes first so neither starves the other when both are busy.
    const [first, second]: [LeaseQueue, LeaseQueue] = jobsFirst ? ["jobs", "outbox"] : ["outbox", "jobs"];
    jobsFirst = !jobsFirst;
    const half = Math.ceil(free / 2);
    const claimed: Claimed[] = [];
    try {
      const a = await take(first, half);
      claimed.push(...a);
      claimed.push(...(await take(second, free - claimed.length)));
      // The first queue may have more than its half when the second had little.
      if (a.length === half && claimed.length < free) claimed.push(...(await take(first, free - claimed.length)));
    } catch (error) {
      // Rows already claimed are ours now: run them rather than let their leases run out.
      if (claimed.length === 0) throw error;
      logger.error({ err: error }, "job poll failed part-way");
    }
    return claimed;
  }

  async function reap(): Promise<void> {
    const now = clock.now();
    const jobs = await reapExhausted(database, "jobs", { now });
    const outbox = await reapExhausted(database, "outbox", { now, maxAttempts: outboxMaxAttempts });
    if (jobs + outbox > 0) logger.warn({ jobs, outbox }, "marked failed: attempts used up by workers that stopped");
  }

  function launch(item: Claimed): Promise<void> {
    const task = handle(item).catch((error: unknown) => {
      // Only a database failure while recording the outcome gets here; the lease then expires
      // and the row is retried.
      logger.error({ err: error, queue: item.queue, id: item.row.id }, "could not record the outcome");
    });
    const tracked = task.finally(() => {
      inFlight.delete(tracked);
      wake?.();
    });
    inFlight.add(tracked);
    return tracked;
  }

  async function handle(item: Claimed): Promise<void> {
    const lease: LeaseRef = item.row;
    const lost = new AbortController();
    // Heartbeat: renew the lease while the handler runs so that slow work is not taken over.
    const heartbeat = setInterval(
      () => {
        extendLease(database, item.queue, lease, { now: clock.now(), leaseMs })
          .then((held) => {
            if (!held && !lost.signal.aborted) {
              logger.warn({ queue: item.queue, id: lease.id }, "lease lost while running");
              lost.abort();
            }
          })
          .catch((error: unknown) => logger.warn({ err: error }, "lease renewal failed"));
      },
      Math.max(10, Math.floor(leaseMs / 3)),
    );
    heartbeat.unref();
    let failure: { error: unknown } | null = null;
    try {
      await (item.queue === "jobs" ? runJob(item.row, lost.signal) : deliver(item.row));
    } catch (error) {
      failure = { error };
    } finally {
      clearInterval(heartbeat);
    }
    const now = clock.now();
    const ref = { queue: item.queue, id: lease.id, attempt: lease.attempts };
    if (!failure) {
      if (await completeLease(database, item.queue, lease, now)) logger.debug(ref, "done");
      else logger.warn(ref, "finished after the lease was taken over; the outcome was not recorded");
      return;
    }
    const maxAttempts = item.queue === "jobs" ? item.row.max_attempts : outboxMaxAttempts;
    const outcome = await failLease(database, item.queue, lease, { now, error: failure.error, backoff, maxAttempts });
    if (outcome.outcome === "retry")
      logger.warn({ ...ref, err: failure.error, retryAt: outcome.nextAttemptAt }, "failed, will retry");
    else if (outcome.outcome === "failed") logger.error({ ...ref, err: failure.error }, "failed, no attempts left");
    else logger.warn({ ...ref, err: failure.error }, "failed after the lease was taken over; not recorded");
  }

  async function runJob(row: Job, signal: AbortSignal): Promise<void> {
    const handler = handlers[row.kind];
    if (!handler) throw new Error(`no handler for job kind "${row.kind}"`);
    const payload = JSON.parse(row.payload) as never;
    await handler(payload, {
      job: { id: row.id, kind: row.kind, attempt: row.attempts, maxAttempts: row.max_attempts },
      database,
      clock,
      logger,
      workerId,
      signal,
    });
  }

  async function deliver(row: OutboxMessage): Promise<void> {
    const adapter = adapters[row.channel];
    if (!adapter) throw new Error(`no delivery adapter for channel "${row.channel}"`);
    await adapter.deliver({
      id: row.id,
      channel: row.channel,
      topic: row.topic,
      recipient: row.recipient,
      payload: JSON.parse(row.payload) as unknown,
      dedupeKey: row.dedupe_key,
      createdAt: row.created_at,
      attempt: row.attempts,
    });
  }

  async function poll(): Promise<{ claimed: number; free: number }> {
    if (performance.now() - lastReap >= REAP_EVERY_MS) {
      lastReap = performance.now();
      await reap();
    }
    const free = concurrency - inFlight.size;
    const items = await claim();
    for (const item of items) void launch(item);
    return { claimed: items.length, free };
  }

  async function run(): Promise<void> {
    while (!stopping) {
      let claimed = 0;
      let free = 0;
      try {
        ({ claimed, free } = await poll());
      } catch (error) {
        logger.error({ err: error }, "job poll failed");
      }
      if (stopping) break;
      // A full batch suggests more is due: poll again as soon as a slot frees up.
      if (claimed > 0 && claimed === free && inFlight.size < concurrency) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, pollIntervalMs);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    }
  }

  return {
    workerId,
    start() {
      if (loop) return;
      stopping = false;
      loop = run();
      logger.info({ workerId, concurrency, pollIntervalMs, leaseMs }, "job runner started");
    },
    async stop() {
      stopping = true;
      wake?.();
      await loop;
      loop = null;
      await Promise.allSettled([...inFlight]);
      logger.info({ workerId }, "job runner stopped");
    },
    async runOnce() {
      lastReap = performance.now();
      await reap();
      const items = await claim();
      await Promise.all(items.map(launch));
      return items.length;
    },
  };
}
