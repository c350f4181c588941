import { actorLabel } from "../core/actor.ts";
import { auditHash, diffFields } from "../core/audit-hash.ts";
import { forUpdate } from "../db/dialect.ts";
import type { Insertable } from "kysely";
import type { AuditEventsTable } from "../db/schema.ts";
import type { CommandContext } from "./context.ts";
import { insertRows } from "../db/insert-rows.ts";

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | number | null;
  /** The entity before and after the change; only the fields that differ are recorded. */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Extra facts to record as they are (used when there is no before/after). */
  detail?: Record<string, unknown>;
  /** Field names whose values must never be written to the audit log (hashes, secrets). */
  redact?: readonly string[];
}

/**
 * The chain head as this transaction last wrote it. The first append reads (and on PostgreSQL
 * locks) the head row; until commit no one else can move it, so later appends in the same
 * transaction take it from here instead of reading it again (a command appends several events).
 */
const headWritten = new WeakMap<CommandContext["db"], { seq: number; hash: string }>();

type AuditRow = Insertable<AuditEventsTable>;

/**
 * Events of a command's transaction not written yet: runCommand opens the buffer and writes it
 * when the command's work is done, before the commit, as one INSERT and one update of the head (a
 * report alone appends five events). Nothing outside the transaction sees the difference.
 */
const buffered = new WeakMap<CommandContext["db"], AuditRow[]>();

/** Rows per INSERT when the buffer is written (within every database's limit on parameters). */
const ROWS_PER_INSERT = 500;

/** Collects the audit events of the transaction `db` until `flushAudit`. */
export function bufferAudit(db: CommandContext["db"]): void {
  buffered.set(db, []);
}

/** Writes the events `appendAudit` collected in this transaction, and moves the chain head. */
export async function flushAudit(ctx: Pick<CommandContext, "db">): Promise<void> {
  const rows = buffered.get(ctx.db);
  if (!rows || rows.length === 0) return;
  buffered.set(ctx.db, []);
  for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) {
    await insertRows(ctx.db, "audit_events", rows.slice(i, i + ROWS_PER_INSERT));
  }
  const last = rows[rows.length - 1]!;
  await ctx.db.updateTable("audit_head").set({ seq: last.seq, hash: last.hash }).where("id", "=", 1).execute();
}

/**
 * Appends an event to the hash-chained audit log inside the command's transaction. The chain head
 * row is locked until commit, so concurrent commands append one after another.
 */
export async function appendAudit(ctx: CommandContext, entry: AuditEntry): Promise<number> {
  const head =
    headWritten.get(ctx.db) ??
    (await ctx.db
      .selectFrom("audit_head")
      .select(["seq", "hash"])
      .where("id", "=", 1)
      .modifyEnd(forUpdate(ctx.dialect))
      .executeTakeFirstOrThrow());
  const changes =
    entry.before !== undefined || entry.after !== undefined
      ? { ...diffFields(entry.before, entry.after, entry.redact), ...(entry.detail ? { detail: entry.detail } : {}) }
      : (entry.detail ?? {});
  const fields = {
    seq: head.seq + 1,
    at: ctx.now.toISOString(),
    actor_type: ctx.actor.type,
    actor_id: ctx.actor.type === "user" ? ctx.actor.id : null,
    actor_label: actorLabel(ctx.actor),
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    changes: JSON.stringify(changes),
    request_id: ctx.requestId,
    prev_hash: head.hash,
  };
  const hash = auditHash(fields);
  const buffer = buffered.get(ctx.db);
  if (buffer) {
    buffer.push({ ...fields, hash });
  } else {
    await ctx.db
      .insertInto("audit_events")
      .values({ ...fields, hash })
      .execute();
    await ctx.db.updateTable("audit_head").set({ seq: fields.seq, hash }).where("id", "=", 1).execute();
  }
  if (ctx.db.isTransaction) headWritten.set(ctx.db, { seq: fields.seq, hash });
  return fields.seq;
}
