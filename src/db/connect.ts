import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";
import { GroupCommitSqliteDialect } from "./sqlite-group-commit.ts";

export type DialectName = "sqlite" | "postgres";

/** An open database: the Kysely handle, which dialect it speaks, and how to close it. */
export interface Database {
  db: Kysely<DB>;
  dialect: DialectName;
  /** The URL it was opened from, with any password masked (safe to log). */
  displayUrl: string;
  /** For SQLite, the file path (`:memory:` for an in-memory database). */
  sqlitePath?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** SQLite `synchronous` pragma; FULL (default) makes every commit durable against power loss. */
  sqliteSynchronous?: "FULL" | "NORMAL";
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** Told when an idle PostgreSQL connection fails (it is replaced on next use). */
  onIdleError?: (error: Error) => void;
}

// Counts (int8) come back as strings from pg by default; Sigap's counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value));

/**
 * Opens the database a URL names: `postgres://…` / `postgresql://…` for PostgreSQL, otherwise
 * SQLite (`sqlite:///abs/path.db`, `sqlite://relative.db`, `sqlite://:memory:` or a bare path).
 */
export function openDatabase(url: string, options: OpenOptions = {}): Database {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection closed by the server (restart, failover, an administrator) is dropped from
    // the pool and replaced on next use; without a listener it would crash the process.
    pool.on("error", (error) => options.onIdleError?.(error));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      dialect: "postgres",
      displayUrl: url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@"),
      close: () => db.destroy(),
    };
  }
  const path = url.replace(/^sqlite:\/\//, "").replace(/^file:/, "") || ":memory:";
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const handle = new SqliteDatabase(path);
  handle.pragma("journal_mode = WAL");
  handle.pragma("foreign_keys = ON");
  handle.pragma("busy_timeout = 5000");
  handle.pragma(`synchronous = ${options.sqliteSynchronous ?? "FULL"}`);
  // Reads outside transactions use a second connection; durable commits share their fsync
  // (see sqlite-group-commit.ts).
  let reader: SqliteDatabase.Database | null = null;
  if (path !== ":memory:") {
    reader = new SqliteDatabase(path, { readonly: true });
    reader.pragma("busy_timeout = 5000");
  }
  const db = new Kysely<DB>({ dialect: new GroupCommitSqliteDialect(handle, reader) });
  return { db, dialect: "sqlite", displayUrl: `sqlite://${path}`, sqlitePath: path, close: () => db.destroy() };
}
