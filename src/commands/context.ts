import type { Transaction } from "kysely";
import type { Actor } from "../core/actor.ts";
import type { Clock } from "../core/clock.ts";
import type { Database, DialectName } from "../db/connect.ts";
import type { DB } from "../db/schema.ts";
import { bufferAudit, flushAudit } from "./audit.ts";

/** What every command receives: who acts, the open transaction, the time, and the request id. */
export interface CommandContext {
  actor: Actor;
  db: Transaction<DB>;
  dialect: DialectName;
  now: Date;
  requestId: string | null;
}

/** The long-lived dependencies commands run against. */
export interface CommandDeps {
  database: Database;
  clock: Clock;
}

/**
 * Runs `fn` in one transaction: everything it writes — rows, audit events, outbox messages —
 * commits together or not at all.
 */
export async function runCommand<T>(
  deps: CommandDeps,
  meta: { actor: Actor; requestId?: string | null },
  fn: (ctx: CommandContext) => Promise<T>,
): Promise<T> {
  const now = deps.clock.now();
  return deps.database.db.transaction().execute(async (trx) => {
    const ctx = { actor: meta.actor, db: trx, dialect: deps.database.dialect, now, requestId: meta.requestId ?? null };
    bufferAudit(trx);
    const result = await fn(ctx);
    await flushAudit(ctx);
    return result;
  });
}
