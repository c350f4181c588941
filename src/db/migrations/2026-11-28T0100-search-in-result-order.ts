import { sql, type Kysely } from "kysely";

/*
 * Search reads its results in order (newest opened first) and stops after a page, instead of
 * reading every match and sorting it (seconds at a million reports).
 *
 * Both databases: an index per search filter in result order — status, category, severity and
 * agency, each followed by the opening time and the id — so a filtered page is read in order.
 *
 * PostgreSQL: the tsvectors are stored, in `search_reports` and `search_incidents` (one row per
 * report and incident, kept by triggers), with their GIN indexes in place of the expression
 * indexes of migration 2026-11-27T1300-search. A search for a common word checks incidents one by
 * one against the index; with an expression index each check computed the report's tsvector again
 * (about 0.2 ms each), a stored one is read. Side tables rather than columns keep the rows of
 * `reports` and `incidents` the same on both databases. The tsvector functions stay those of
 * 2026-11-27T1361. Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

const ORDER_INDEXES = [
  ["incidents_status_opened_idx", "status"],
  ["incidents_type_opened_idx", "type_code"],
  ["incidents_severity_opened_idx", "severity"],
  ["incidents_agency_opened_idx", "agency_org_id"],
] as const;

const REPORT_COLUMNS = ["title", "description", "chronology", "affected_url", "affected_domain", "reporter_org"];
const INCIDENT_COLUMNS = ["title", "code"];

interface SearchTable {
  table: "reports" | "incidents";
  store: string;
  key: string;
  tsv: string;
  columns: readonly string[];
  oldIndex: string;
}

const SEARCH_TABLES: readonly SearchTable[] = [
  {
    table: "reports",
    store: "search_reports",
    key: "report_id",
    tsv: "sigap_report_tsv",
    columns: REPORT_COLUMNS,
    oldIndex: "reports_search_idx",
  },
  {
    table: "incidents",
    store: "search_incidents",
    key: "incident_id",
    tsv: "sigap_incident_tsv",
    columns: INCIDENT_COLUMNS,
    oldIndex: "incidents_search_idx",
  },
];

async function upPostgres(db: Kysely<any>): Promise<void> {
  for (const t of SEARCH_TABLES) {
    const of = (row: string) => `${t.tsv}(${t.columns.map((c) => `${row}.${c}`).join(", ")})`;
    await sql
      .raw(
        `create table ${t.store} (${t.key} integer primary key references ${t.table} (id) on delete cascade, ` +
          `tsv tsvector not null)`,
      )
      .execute(db);
    // `set search_path from current`: the trigger finds the table and function wherever it runs.
    await sql
      .raw(
        `create function ${t.store}_sync() returns trigger language plpgsql set search_path from current as $$ begin ` +
          `insert into ${t.store} (${t.key}, tsv) values (new.id, ${of("new")}) ` +
          `on conflict (${t.key}) do update set tsv = excluded.tsv; return null; end $$`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${t.store}_sync after insert or update of ${t.columns.join(", ")} on ${t.table} ` +
          `for each row execute function ${t.store}_sync()`,
      )
      .execute(db);
    await sql.raw(`insert into ${t.store} (${t.key}, tsv) select id, ${of(t.table)} from ${t.table}`).execute(db);
    await sql.raw(`create index ${t.store}_tsv_idx on ${t.store} using gin (tsv)`).execute(db);
    await sql.raw(`drop index if exists ${t.oldIndex}`).execute(db);
  }
}

async function downPostgres(db: Kysely<any>): Promise<void> {
  for (const t of SEARCH_TABLES) {
    await sql
      .raw(`create index if not exists ${t.oldIndex} on ${t.table} using gin (${t.tsv}(${t.columns.join(", ")}))`)
      .execute(db);
    await sql.raw(`drop trigger if exists ${t.store}_sync on ${t.table}`).execute(db);
    await sql.raw(`drop function if exists ${t.store}_sync()`).execute(db);
    await sql.raw(`drop table if exists ${t.store}`).execute(db);
  }
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  for (const [name, column] of ORDER_INDEXES) {
    await db.schema.createIndex(name).on("incidents").columns([column, "opened_at", "id"]).execute();
  }
  if (dialect === "postgres") await upPostgres(db);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await downPostgres(db);
  for (const [name] of ORDER_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
}
