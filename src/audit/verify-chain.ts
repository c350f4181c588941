import type { Kysely } from "kysely";
import { auditHash, GENESIS_HASH } from "../core/audit-hash.ts";
import type { AuditEvent, DB } from "../db/schema.ts";

/** Why the chain broke at an event. */
export type ChainBreakReason = "hash_mismatch" | "prev_hash_mismatch" | "gap" | "head_mismatch";

/** The outcome of `verifyAuditChain`: every event matched, or the first one that does not. */
export type ChainVerification =
  | { ok: true; count: number; headSeq: number; headHash: string }
  | { ok: false; seq: number; reason: ChainBreakReason; detail: string };

export interface VerifyOptions {
  /** Rows read per query; the chain is streamed so a long log never sits in memory at once. */
  batchSize?: number;
}

/**
 * Re-computes the audit hash chain in seq order and names the FIRST event that does not match:
 * - `gap`: an event is missing (seq jumps), reported at the missing seq — a deleted row;
 * - `prev_hash_mismatch`: an event does not point at its predecessor's hash — rows were swapped or
 *   moved, or the predecessor was rewritten together with its own hash;
 * - `hash_mismatch`: an event's stored hash is not the hash of its fields — a field was edited;
 * - `head_mismatch`: the chain head (last seq and hash, kept in `audit_head`) disagrees with the
 *   last event — the newest events were deleted, or rows were added outside `appendAudit`.
 * Events appended while it runs are verified too: a row and the head commit together.
 */
export async function verifyAuditChain(db: Kysely<DB>, options: VerifyOptions = {}): Promise<ChainVerification> {
  const batchSize = options.batchSize ?? 1000;
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;

  // Reads every event after lastSeq; returns a break if one is found.
  const readOn = async (): Promise<ChainVerification | null> => {
    for (;;) {
      const rows = await db
        .selectFrom("audit_events")
        .selectAll()
        .where("seq", ">", lastSeq)
        .orderBy("seq")
        .limit(batchSize)
        .execute();
      for (const row of rows) {
        const broken = checkEvent(row, lastSeq, lastHash);
        if (broken) return broken;
        lastSeq = row.seq;
        lastHash = row.hash;
      }
      if (rows.length < batchSize) return null;
    }
  };

  for (;;) {
    const broken = await readOn();
    if (broken) return broken;
    const head = await db.selectFrom("audit_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirst();
    if (!head) return { ok: false, seq: lastSeq + 1, reason: "head_mismatch", detail: "the audit_head row is missing" };
    if (head.seq === lastSeq) {
      if (head.hash === lastHash) return { ok: true, count: lastSeq, headSeq: head.seq, headHash: head.hash };
      return {
        ok: false,
        seq: head.seq,
        reason: "head_mismatch",
        detail: `the chain head records a different hash for event ${head.seq} than the event holds`,
      };
    }
    if (head.seq < lastSeq) {
      return {
        ok: false,
        seq: head.seq + 1,
        reason: "head_mismatch",
        detail: `event ${head.seq + 1} exists beyond the chain head (seq ${head.seq}): it was added outside the audit log`,
      };
    }
    // The head is ahead of the rows read: either events were appended meanwhile (read on), or the
    // newest events were deleted (nothing more to read).
    const more = await db
      .selectFrom("audit_events")
      .select("seq")
      .where("seq", ">", lastSeq)
      .limit(1)
      .executeTakeFirst();
    if (!more) {
      return {
        ok: false,
        seq: lastSeq + 1,
        reason: "head_mismatch",
        detail: `the chain head is at event ${head.seq} but the log ends at event ${lastSeq}: events ${lastSeq + 1}–${head.seq} are missing`,
      };
    }
  }
}

/** The first problem with one event given its predecessor, or null when it matches. */
function checkEvent(row: AuditEvent, prevSeq: number, prevHash: string): ChainVerification | null {
  const expected = prevSeq + 1;
  if (row.seq !== expected) {
    const missing = row.seq - 1 === expected ? `event ${expected} is` : `events ${expected}–${row.seq - 1} are`;
    return { ok: false, seq: expected, reason: "gap", detail: `${missing} missing (the next event is ${row.seq})` };
  }
  if (row.prev_hash !== prevHash) {
    return {
      ok: false,
      seq: row.seq,
      reason: "prev_hash_mismatch",
      detail:
        prevSeq === 0
          ? `event ${row.seq} does not start from the genesis hash`
          : `event ${row.seq} does not follow event ${prevSeq}: events were reordered, or event ${prevSeq} was rewritten with a new hash`,
    };
  }
  if (auditHash(row) !== row.hash) {
    return {
      ok: false,
      seq: row.seq,
      reason: "hash_mismatch",
      detail: `event ${row.seq} was altered: its fields no longer match its hash`,
    };
  }
  return null;
}
