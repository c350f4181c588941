import type { Database as SqliteHandle, Statement } from "better-sqlite3";

/*
 * SQLite: the rows noted in `search_pending` (migration 2026-11-28T0200-search-index-at-commit)
 * go into the full-text index just before each COMMIT, in the same transaction — all the rows of a
 * group commit at once, so FTS5 writes one segment per commit instead of one per report. Each
 * document carries its incident's filter terms (migration 2026-11-28T0400-search-filter-terms).
 * The group-commit driver calls this (src/db/sqlite-group-commit.ts); a process that writes to the
 * tables through its own connection must call it before committing too (bench/lib/bulk-data.ts).
 */

const REPORT_COLUMNS = "title, description, chronology, affected_url, affected_domain, reporter_org";
const columnsOf = (alias: string, columns: string) =>
  columns
    .split(", ")
    .map((c) => `${alias}.${c}`)
    .join(", ");

/** With the filter terms (the current schema): from the views the index takes its content from. */
const INDEX_PENDING = [
  `insert into reports_fts(rowid, ${REPORT_COLUMNS}, search_facets)
   select v.id, ${columnsOf("v", REPORT_COLUMNS)}, v.search_facets from search_pending p join reports_search v on v.id = p.id
   where p.tbl = 'reports'`,
  `insert into incidents_fts(rowid, title, code, search_facets)
   select v.id, v.title, v.code, v.search_facets from search_pending p join incidents_search v on v.id = p.id
   where p.tbl = 'incidents'`,
  `delete from search_pending`,
];

/** Between migrations 2026-11-28T0200 and T0400 (a database being migrated or rolled back). */
const INDEX_PENDING_WITHOUT_FACETS = [
  `insert into reports_fts(rowid, ${REPORT_COLUMNS})
   select r.id, ${columnsOf("r", REPORT_COLUMNS)} from search_pending p join reports r on r.id = p.id where p.tbl = 'reports'`,
  `insert into incidents_fts(rowid, title, code)
   select i.id, i.title, i.code from search_pending p join incidents i on i.id = p.id where p.tbl = 'incidents'`,
  `delete from search_pending`,
];

interface Statements {
  schemaVersion: Statement;
  /** The schema the statements below were prepared for. */
  preparedFor: number | null;
  anyPending: Statement | null;
  index: Statement[] | null;
}

const prepared = new WeakMap<SqliteHandle, Statements>();

/** The statements for the schema as it is now; none when there is no `search_pending`. */
function prepareFor(handle: SqliteHandle, s: Statements): void {
  const has = (sql: string) => handle.prepare(sql).get() !== undefined;
  if (!has("select 1 from sqlite_master where type = 'table' and name = 'search_pending'")) {
    s.anyPending = null;
    s.index = null;
    return;
  }
  const facets = has("select 1 from sqlite_master where type = 'view' and name = 'reports_search'");
  s.anyPending = handle.prepare("select 1 from search_pending limit 1");
  s.index = (facets ? INDEX_PENDING : INDEX_PENDING_WITHOUT_FACETS).map((sql) => handle.prepare(sql));
}

/**
 * Indexes the rows noted since the last commit, inside the open transaction of `handle`. Does
 * nothing on a database without the table (before that migration, or after it was undone); an
 * error (disk full, …) propagates, and the caller rolls the transaction back.
 */
export function indexPendingSearchRows(handle: SqliteHandle): void {
  let s = prepared.get(handle);
  if (!s) {
    s = {
      schemaVersion: handle.prepare("pragma schema_version").pluck(),
      preparedFor: null,
      anyPending: null,
      index: null,
    };
    prepared.set(handle, s);
  }
  // Migrations change what to prepare; SQLite counts every change of the schema.
  const version = s.schemaVersion.get() as number;
  if (s.preparedFor !== version) {
    prepareFor(handle, s);
    s.preparedFor = version;
  }
  if (!s.anyPending || !s.index || s.anyPending.get() === undefined) return;
  for (const stmt of s.index) stmt.run();
}
