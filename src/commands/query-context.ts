import type { Kysely } from "kysely";
import type { Actor } from "../core/actor.ts";
import type { DialectName } from "../db/connect.ts";
import type { DB } from "../db/schema.ts";
import type { CommandDeps } from "./context.ts";

/**
 * What a read-only query receives: like a command's context but without a transaction. Queries
 * check the policy and filter lists to what the actor may see, in SQL. A `CommandContext` fits too.
 */
export interface QueryContext {
  actor: Actor;
  db: Kysely<DB>;
  dialect: DialectName;
  now: Date;
}

/** A query context on the shared connection, at the clock's current time. */
export const queryContext = (deps: CommandDeps, actor: Actor): QueryContext => ({
  actor,
  db: deps.database.db,
  dialect: deps.database.dialect,
  now: deps.clock.now(),
});
