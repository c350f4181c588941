import { sql, type Kysely } from "kysely";

/*
 * SQLite: new rows reach the full-text index when their transaction commits, all of a commit at
 * once, instead of row by row. FTS5 writes what it holds in memory to a new segment of its index
 * at every SAVEPOINT, and group commit (src/db/sqlite-group-commit.ts) runs each transaction in
 * one: every report made a segment of its own, and FTS5 merged them again and again (about a
 * sixth of the cost of taking a report).
 *
 * The insert triggers of migration 2026-11-27T1300-search now note the row in `search_pending`;
 * src/db/sqlite-search-index.ts indexes the noted rows just before each COMMIT, in the same
 * transaction, so what is committed is always searchable. A noted row that changes or goes before
 * then is left to that (it was never in the index); others are kept in step as before.
 * Nothing on PostgreSQL. Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

const TABLES = {
  reports: ["title", "description", "chronology", "affected_url", "affected_domain", "reporter_org"],
  incidents: ["title", "code"],
} as const;

const columns = (list: readonly string[], row?: "new" | "old") => list.map((c) => (row ? `${row}.${c}` : c)).join(", ");

async function triggers(db: Kysely<any>, atCommit: boolean): Promise<void> {
  for (const [table, list] of Object.entries(TABLES)) {
    const fts = `${table}_fts`;
    const pending = `(select 1 from search_pending where tbl = '${table}' and id = old.id)`;
    for (const event of ["insert", "update", "delete"])
      await sql.raw(`drop trigger if exists ${fts}_after_${event}`).execute(db);
    const indexNew = `insert into ${fts}(rowid, ${columns(list)}) values (new.id, ${columns(list, "new")});`;
    const deleteOld = `insert into ${fts}(${fts}, rowid, ${columns(list)}) values ('delete', old.id, ${columns(list, "old")});`;
    if (!atCommit) {
      await sql.raw(`create trigger ${fts}_after_insert after insert on ${table} begin ${indexNew} end`).execute(db);
      await sql.raw(`create trigger ${fts}_after_delete after delete on ${table} begin ${deleteOld} end`).execute(db);
      await sql
        .raw(
          `create trigger ${fts}_after_update after update of ${columns(list)} on ${table} begin ${deleteOld} ${indexNew} end`,
        )
        .execute(db);
      continue;
    }
    await sql
      .raw(
        `create trigger ${fts}_after_insert after insert on ${table} begin ` +
          `insert or ignore into search_pending (tbl, id) values ('${table}', new.id); end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fts}_after_delete after delete on ${table} begin ` +
          `insert into ${fts}(${fts}, rowid, ${columns(list)}) select 'delete', old.id, ${columns(list, "old")} ` +
          `where not exists ${pending}; ` +
          `delete from search_pending where tbl = '${table}' and id = old.id; end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fts}_after_update after update of ${columns(list)} on ${table} ` +
          `when not exists ${pending} begin ${deleteOld} ${indexNew} end`,
      )
      .execute(db);
  }
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  await sql`create table search_pending (tbl text not null, id integer not null, primary key (tbl, id)) without rowid`.execute(
    db,
  );
  await triggers(db, true);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect !== "sqlite") return;
  // Rows still noted are indexed first, so that the row-by-row triggers find the index complete.
  for (const [table, list] of Object.entries(TABLES)) {
    await sql
      .raw(
        `insert into ${table}_fts(rowid, ${columns(list)}) select t.id, ${list.map((c) => `t.${c}`).join(", ")} ` +
          `from search_pending p join ${table} t on t.id = p.id where p.tbl = '${table}'`,
      )
      .execute(db);
  }
  await triggers(db, false);
  await sql`drop table search_pending`.execute(db);
}
