import { sql, type Kysely, type RawBuilder } from "kysely";
import type { DB } from "./schema.ts";
import type { DialectName } from "./connect.ts";

/*
 * The few places where SQLite and PostgreSQL differ. Everything else in the data layer is plain
 * Kysely that runs on both.
 */

/** `FOR UPDATE SKIP LOCKED` on PostgreSQL; nothing on SQLite, whose writers are serialised. */
export function skipLocked(dialect: DialectName): RawBuilder<unknown> {
  return dialect === "postgres" ? sql`for update skip locked` : sql``;
}

/** `FOR UPDATE` on PostgreSQL (row lock until commit); nothing on SQLite. */
export function forUpdate(dialect: DialectName): RawBuilder<unknown> {
  return dialect === "postgres" ? sql`for update` : sql``;
}

/**
 * A column in a WHERE term that must not choose the index: SQLite's unary `+` (a no-op on the
 * value) keeps its planner from driving a query by an index on that column, when the caller knows
 * another filter to be more selective than SQLite can tell. PostgreSQL weighs that itself from its
 * statistics: the plain column.
 */
export function unindexed(dialect: DialectName, column: string): RawBuilder<unknown> {
  return dialect === "sqlite" ? sql`+${sql.ref(column)}` : sql`${sql.ref(column)}`;
}

/** True when an error is a unique-constraint violation, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown };
  return e.code === "23505" || e.code === "SQLITE_CONSTRAINT_UNIQUE" || e.code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Checks the connection answers (used by /healthz readiness). */
export async function ping(db: Kysely<DB>): Promise<void> {
  await sql`select 1`.execute(db);
}
