import type { Kysely } from "kysely";
import type { CommandContext } from "../commands/context.ts";
import type { DB } from "../db/schema.ts";
import type { JobPayloads } from "./registry.ts";

export interface EnqueueJobInput<M extends object, K extends keyof M & string> {
  kind: K;
  payload: M[K];
  /** Earliest run time; default now (the command's `ctx.now`, or the system time with a bare db). */
  runAt?: Date;
  /**
   * Makes enqueuing idempotent: while a job with this key exists (in any status, done included),
   * enqueuing another is a no-op that returns the existing job. Put a date or a version in the key of
   * work that recurs, e.g. `sla.check:incident-42:step-3`.
   */
  uniqueKey?: string;
  /** Attempts before the job is marked failed (default 5). */
  maxAttempts?: number;
}

/**
 * Queues a job. Given a command context it is written in the command's transaction, so the job
 * exists if and only if the change that asked for it committed. Returns the job id and whether it
 * was created (false when `uniqueKey` was already queued).
 */
export async function enqueueJob<M extends object = JobPayloads, K extends keyof M & string = keyof M & string>(
  target: CommandContext | Kysely<DB>,
  input: EnqueueJobInput<M, K>,
): Promise<{ id: number; created: boolean }> {
  const isContext = "now" in target && "actor" in target;
  const db: Kysely<DB> = isContext ? target.db : target;
  const now = isContext ? target.now : new Date();
  const maxAttempts = input.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new RangeError(`maxAttempts must be a positive integer`);
  const inserted = await db
    .insertInto("jobs")
    .values({
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? null),
      unique_key: input.uniqueKey ?? null,
      status: "pending",
      run_at: (input.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: maxAttempts,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column("unique_key").doNothing())
    .returning("id")
    .executeTakeFirst();
  if (inserted) return { id: inserted.id, created: true };
  const existing = await db
    .selectFrom("jobs")
    .select("id")
    .where("unique_key", "=", input.uniqueKey ?? "")
    .executeTakeFirstOrThrow();
  return { id: existing.id, created: false };
}
