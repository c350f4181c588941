import { createHash } from "node:crypto";

/** The fields of an audit event that its hash covers, in a fixed order. */
export interface HashedAuditFields {
  seq: number;
  at: string;
  actor_type: string;
  actor_id: number | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  changes: string;
  request_id: string | null;
  prev_hash: string;
}

/** The chain's starting hash, before the first event. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * SHA-256 over the event's fields and the previous event's hash. Editing, deleting or reordering
 * any event changes every hash after it.
 */
export function auditHash(e: HashedAuditFields): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actor_type,
    e.actor_id,
    e.actor_label,
    e.action,
    e.entity_type,
    e.entity_id,
    e.changes,
    e.request_id,
    e.prev_hash,
  ]);
  return createHash("sha256").update(canonical).digest("hex");
}

/** `{ field: { before, after } }` for the fields whose value differs. */
export function diffFields(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
  redact: readonly string[] = [],
): Record<string, { before: unknown; after: unknown }> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) === JSON.stringify(a)) continue;
    out[key] = redact.includes(key)
      ? { before: b === null ? null : "[redacted]", after: a === null ? null : "[redacted]" }
      : { before: b, after: a };
  }
  return out;
}
