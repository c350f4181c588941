import type { BaseLogger } from "pino";
import type { Clock } from "../core/clock.ts";
import type { Database } from "../db/connect.ts";

/** The logging the runner and adapters need; pino loggers and Fastify's `app.log` both fit. */
export type RunnerLogger = Pick<BaseLogger, "info" | "warn" | "error" | "debug">;

/** What a job handler receives besides its payload. */
export interface JobContext {
  job: { id: number; kind: string; attempt: number; maxAttempts: number };
  database: Database;
  clock: Clock;
  logger: RunnerLogger;
  workerId: string;
  /** Aborted when this worker lost the lease (another worker may now run the job): stop early. */
  signal: AbortSignal;
}

/**
 * Handles one job kind. Handlers MUST be safe to run twice: a worker can crash after the work but
 * before recording it done, and the job then runs again once its lease expires. Make the effect
 * idempotent (check-then-write in one transaction, unique keys, upserts). Throwing schedules a retry.
 */
export type JobHandler<P> = (payload: P, ctx: JobContext) => Promise<void>;

/** One handler per kind of a payload map `{ kind: payload }`: a missing kind is a compile error. */
export type JobHandlers<M extends object> = { [K in keyof M & string]: JobHandler<M[K]> };

/** An outbox message as a delivery adapter sees it. */
export interface OutboxDelivery {
  id: number;
  channel: string;
  topic: string;
  recipient: string | null;
  payload: unknown;
  dedupeKey: string | null;
  createdAt: string;
  /** 1 on the first try. */
  attempt: number;
}

/**
 * Delivers outbox messages of one channel (log now; e-mail, webhook, federation later). Resolving
 * means delivered: the message is marked sent. Throwing schedules a retry with backoff. Like job
 * handlers, adapters must tolerate a rare second delivery of the same message after a crash; pass
 * `outbox-<id>` on as the receiver's idempotency key (Message-ID, webhook delivery id) where possible.
 */
export interface DeliveryAdapter {
  deliver(message: OutboxDelivery): Promise<void>;
}
