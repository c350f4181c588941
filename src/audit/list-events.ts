import type { Kysely } from "kysely";
import type { DB } from "../db/schema.ts";

/** One audit event as readers see it: camel-case, `changes` parsed, no chain internals. */
export interface AuditEventView {
  seq: number;
  at: string;
  actor: { type: string; id: number | null; label: string };
  action: string;
  entityType: string;
  entityId: string | null;
  /** `{ field: { before, after } }` of the changed fields, or free detail. */
  changes: unknown;
  requestId: string | null;
}

export interface ListAuditEventsQuery {
  entityType?: string;
  entityId?: string | number;
  /** Keyset paging forwards: only events after this seq. */
  afterSeq?: number;
  /** Keyset paging backwards: only events before this seq. */
  beforeSeq?: number;
  /** Newest first (default: oldest first). */
  newestFirst?: boolean;
  /** At most this many events (capped at 500). */
  limit: number;
}

const MAX_LIMIT = 500;

/**
 * Lists audit events in seq order, optionally for one entity (`entityType`, `entityId`).
 * Page oldest-first with `afterSeq` = the last seq seen, or newest-first (`newestFirst`) with
 * `beforeSeq` = the last seq seen.
 * Who may read the log is the caller's policy decision: this function does not filter.
 */
export async function listAuditEvents(db: Kysely<DB>, query: ListAuditEventsQuery): Promise<AuditEventView[]> {
  const limit = Math.max(1, Math.min(MAX_LIMIT, Math.trunc(query.limit)));
  let q = db.selectFrom("audit_events").selectAll();
  if (query.entityType !== undefined) q = q.where("entity_type", "=", query.entityType);
  if (query.entityId !== undefined) q = q.where("entity_id", "=", String(query.entityId));
  if (query.afterSeq !== undefined) q = q.where("seq", ">", query.afterSeq);
  if (query.beforeSeq !== undefined) q = q.where("seq", "<", query.beforeSeq);
  const rows = await q
    .orderBy("seq", query.newestFirst ? "desc" : "asc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    actor: { type: r.actor_type, id: r.actor_id, label: r.actor_label },
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    changes: parseJson(r.changes),
    requestId: r.request_id,
  }));
}

// A row edited by hand may hold invalid JSON; show it as text rather than fail the whole page.
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
