import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import type { Database } from "../db/connect.ts";

/**
 * An online, consistent copy of a SQLite database (`VACUUM INTO`): safe while the server runs,
 * and the copy is a single self-contained file.
 */
export async function backupSqlite(database: Database, target: string): Promise<{ bytes: number }> {
  if (database.dialect !== "sqlite") throw new Error("backupSqlite needs a SQLite database");
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file name`);
  await sql`vacuum into ${target}`.execute(database.db);
  return { bytes: statSync(target).size };
}

/** Checks that a file is an intact Sigap SQLite database; returns how many migrations it has. */
export function inspectSqliteBackup(file: string): { migrations: number } {
  const handle = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    const check = handle.pragma("integrity_check", { simple: true });
    if (check !== "ok") throw new Error(`${file} fails the integrity check: ${String(check)}`);
    const table = handle.prepare("select name from sqlite_master where type='table' and name='sigap_migrations'").get();
    if (!table) throw new Error(`${file} is not a Sigap database (no sigap_migrations table)`);
    const row = handle.prepare("select count(*) as n from sigap_migrations").get() as { n: number };
    return { migrations: row.n };
  } finally {
    handle.close();
  }
}

/**
 * Replaces the SQLite database file at `dbPath` with a backup. The server must be stopped. The
 * current file is kept beside it as `<name>.before-restore-<time>` so a restore never loses data.
 */
export function restoreSqlite(backupFile: string, dbPath: string, now: Date): { keptAs: string | null } {
  inspectSqliteBackup(backupFile);
  let keptAs: string | null = null;
  if (existsSync(dbPath)) {
    // Fold the WAL into the main file first so the kept copy is complete on its own.
    const current = new SqliteDatabase(dbPath);
    current.pragma("wal_checkpoint(TRUNCATE)");
    current.close();
    keptAs = `${dbPath}.before-restore-${now.toISOString().replace(/[:.]/g, "-")}`;
    renameSync(dbPath, keptAs);
  }
  for (const suffix of ["-wal", "-shm"]) rmSync(dbPath + suffix, { force: true });
  copyFileSync(backupFile, dbPath);
  return { keptAs };
}
