import type { Database as SqliteHandle, Statement } from "better-sqlite3";

/*
 * SQLite: the rows noted in `search_pending` (migration 2026-11-28T0200-search-index-at-commit)
 * go into the full-text index just before each COMMIT, in the same transaction — all the rows of a
 * group commit at once, so FTS5 writes one segment per commit instead of one per report.
 * The group-commit driver calls this (src/db/sqlite-group-commit.ts); a process that writes to the
 * tables through its own connection must call it before committing too (bench/lib/bulk-data.ts).
 */

const INDEX_PENDING = [
  `insert into reports_fts(rowid, title, description, chronology, affected_url, affected_domain, reporter_org)
   select r.id, r.title, r.description, r.chronology, r.affected_url, r.affected_domain, r.reporter_org
   from search_pending p join reports r on r.id = p.id where p.tbl = 'reports'`,
  `insert into incidents_fts(rowid, title, code)
   select i.id, i.title, i.code from search_pending p join incidents i on i.id = p.id where p.tbl = 'incidents'`,
  `delete from search_pending`,
];

interface Statements {
  hasTable: Statement;
  anyPending: Statement;
  index: Statement[] | null;
}

const prepared = new WeakMap<SqliteHandle, Statements>();

/**
 * Indexes the rows noted since the last commit, inside the open transaction of `handle`. Does
 * nothing on a database without the table (before that migration, or after it was undone); an
 * error (disk full, …) propagates, and the caller rolls the transaction back.
 */
export function indexPendingSearchRows(handle: SqliteHandle): void {
  let s = prepared.get(handle);
  if (!s) {
    s = {
      hasTable: handle.prepare("select 1 from sqlite_master where type = 'table' and name = 'search_pending'"),
      anyPending: handle.prepare("select 1 from sqlite_master where 0"),
      index: null,
    };
    prepared.set(handle, s);
  }
  if (s.hasTable.get() === undefined) {
    s.index = null;
    return;
  }
  if (s.index === null) {
    s.anyPending = handle.prepare("select 1 from search_pending limit 1");
    s.index = INDEX_PENDING.map((sql) => handle.prepare(sql));
  }
  if (s.anyPending.get() === undefined) return;
  for (const stmt of s.index) stmt.run();
}
