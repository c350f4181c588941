import type { CommandContext } from "./context.ts";

export interface OutboxEntry {
  /** Delivery channel: `log` now; `email`, `webhook`, `federation` with later capabilities. */
  channel: string;
  /** What the message is about, e.g. `sla.warning`, `report.status_changed`. */
  topic: string;
  recipient?: string | null;
  payload: Record<string, unknown>;
  /** A key that makes enqueuing idempotent: a second message with the same key is ignored. */
  dedupeKey?: string;
  /** Earliest delivery time; default now. */
  notBefore?: Date;
}

/**
 * Queues a message in the same transaction as the change that causes it, so that a message exists
 * if and only if its change committed. Returns false when the dedupe key was already queued.
 */
export async function enqueueOutbox(ctx: CommandContext, entry: OutboxEntry): Promise<boolean> {
  const result = await ctx.db
    .insertInto("outbox")
    .values({
      created_at: ctx.now.toISOString(),
      channel: entry.channel,
      topic: entry.topic,
      recipient: entry.recipient ?? null,
      payload: JSON.stringify(entry.payload),
      dedupe_key: entry.dedupeKey ?? null,
      status: "pending",
      attempts: 0,
      next_attempt_at: (entry.notBefore ?? ctx.now).toISOString(),
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}
