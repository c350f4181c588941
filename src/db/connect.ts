import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, PostgresDialect } from "kysely";
import pg from "pg";
import type { DB } from "./schema.ts";
import { GroupCommitSqliteDialect } from "./sqlite-group-commit.ts";
import { indexPendingSearchRows } from "./sqlite-search-index.ts";
import { walSyncer } from "./sqlite-wal-sync.ts";

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
  /**
   * SQLite durability: FULL (default) makes every commit durable against power loss before it is
   * answered (the driver flushes the WAL off the main thread; see sqlite-wal-sync.ts); NORMAL
   * leaves that to SQLite's checkpoints (tests only).
   */
  sqliteSynchronous?: "FULL" | "NORMAL";
  /** PostgreSQL pool size. */
  poolSize?: number;
  /** Told when an idle PostgreSQL connection fails (it is replaced on next use). */
  onIdleError?: (error: Error) => void;
}

// Counts (int8) come back as strings from pg by default; Sigap's counts fit in a JS number.
pg.types.setTypeParser(20, (value: string) => Number(value));

/** SQLite page cache per connection, in KiB. */
const SQLITE_CACHE_KIB = 65_536;

/** WAL pages (4 KiB) after which a commit checkpoints: 16 MiB (SQLite's default is 1000). */
export const SQLITE_CHECKPOINT_PAGES = 4000;

/**
 * Lets SQLite refresh the statistics its query planner chooses indexes by (`PRAGMA optimize`, as
 * SQLite advises for long-lived connections, with a bounded sample so that opening stays quick).
 * Best effort: another process holding the write lock only delays it to the next opening.
 */
function refreshPlannerStatistics(handle: SqliteDatabase.Database): void {
  try {
    handle.pragma("analysis_limit = 1000");
    handle.pragma("optimize = 0x10002");
  } catch {
    // Busy or read-only: the statistics stay as they are.
  }
}

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
  // FULL durability, with the fsync off the main thread: NORMAL in SQLite, and the driver flushes
  // the WAL after each group commit before answering (sqlite-wal-sync.ts).
  const durable = (options.sqliteSynchronous ?? "FULL") === "FULL" && path !== ":memory:";
  handle.pragma("synchronous = NORMAL");
  // SQLite copies the WAL back into the database inside the COMMIT that crosses this many pages.
  // Fewer, larger checkpoints copy a page written by many commits once (index leaves, the audit
  // head): less to write to the disk under load, where the WAL's flush is what reports wait for.
  handle.pragma(`wal_autocheckpoint = ${SQLITE_CHECKPOINT_PAGES}`);
  // Pages kept in memory per connection (the default is 2 MB): searches and lists over a large
  // database read the same index pages again and again.
  handle.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  refreshPlannerStatistics(handle);
  // Reads outside transactions use a second connection; durable commits share their fsync
  // (see sqlite-group-commit.ts).
  let reader: SqliteDatabase.Database | null = null;
  if (path !== ":memory:") {
    reader = new SqliteDatabase(path, { readonly: true });
    reader.pragma("busy_timeout = 5000");
    reader.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
  }
  const db = new Kysely<DB>({
    dialect: new GroupCommitSqliteDialect(handle, reader, {
      beforeCommit: indexPendingSearchRows,
      ...(durable ? { syncWal: walSyncer(path) } : {}),
    }),
  });
  return { db, dialect: "sqlite", displayUrl: `sqlite://${path}`, sqlitePath: path, close: () => db.destroy() };
}
