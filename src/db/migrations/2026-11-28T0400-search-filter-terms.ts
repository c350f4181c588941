import { sql, type Kysely } from "kysely";

/*
 * SQLite: the full-text index also holds each incident's filter values — status, category,
 * severity and agency — as terms of a `search_facets` column of every document (an incident's own,
 * and each of its reports'). A search with filters then asks FTS5 for the words *and* the filter
 * terms, and FTS5 intersects its document lists: a common word that the filters make rare (a leak
 * word among defacements) is found among a few matches instead of by walking the whole category,
 * and a combination of filters with no incident at all is known empty at once.
 *
 * The FTS5 tables now take their content from two views, `reports_search` and `incidents_search`:
 * the text columns and the filter terms (spelt only here; the search builds the same terms, see
 * src/search/fts-sqlite.ts), so that FTS5's 'rebuild' and 'integrity-check' see what the index
 * was given. Triggers keep the index in step: a report
 * is indexed with its incident's terms, and when an incident's status, category, severity or agency
 * changes, its own document and its reports' are indexed again. Rows noted in `search_pending`
 * (migration 2026-11-28T0200) are indexed at commit with the terms of that moment.
 * Both FTS5 tables are rebuilt with the new column.
 *
 * PostgreSQL: the same terms as a second tsvector, `facets`, of `search_reports` and
 * `search_incidents` (migration 2026-11-28T0100), made by `sigap_incident_facets(…)`; each GIN
 * index covers both columns, so one index scan intersects the words with the filters. The sync
 * triggers fill `facets` with the rows, a report takes its incident's when it is linked to one,
 * and an incident whose filters change passes them to its row and its reports' rows.
 * Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

const REPORT_COLUMNS = ["title", "description", "chronology", "affected_url", "affected_domain", "reporter_org"];
const INCIDENT_COLUMNS = ["title", "code"];
const FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='2 3'";

/** The filter terms of an incident row (`new`, `old` or a table alias), as one SQL expression. */
const facetsOf = (row: string) =>
  `'sigapstatus' || ${row}.status || ' sigapcat' || lower(${row}.type_code) || ' sigapsev' || ${row}.severity ` +
  `|| ' sigapagency' || coalesce(${row}.agency_org_id, 'none')`;

const FACET_FIELDS = ["status", "type_code", "severity", "agency_org_id"];

const list = (columns: readonly string[], row?: string) => columns.map((c) => (row ? `${row}.${c}` : c)).join(", ");
const pending = (table: string, id: string) =>
  `exists (select 1 from search_pending where tbl = '${table}' and id = ${id})`;
const reportFacets = (incidentId: string) => `(select search_facets from incidents_search where id = ${incidentId})`;

async function run(db: Kysely<any>, statements: readonly string[]): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function dropTriggers(db: Kysely<any>): Promise<void> {
  for (const table of ["reports", "incidents"])
    for (const event of ["insert", "delete", "update"])
      await sql.raw(`drop trigger if exists ${table}_fts_after_${event}`).execute(db);
  await sql.raw(`drop trigger if exists incidents_fts_after_facets`).execute(db);
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") return upPostgres(db);
  await dropTriggers(db);
  await run(db, [
    `create view incidents_search as select id, ${list(INCIDENT_COLUMNS)}, ${facetsOf("incidents")} as search_facets from incidents`,
    `create view reports_search as select r.id, ${list(REPORT_COLUMNS, "r")}, ${facetsOf("i")} as search_facets ` +
      `from reports r left join incidents i on i.id = r.incident_id`,
    `drop table reports_fts`,
    `drop table incidents_fts`,
    `create virtual table reports_fts using fts5(${list(REPORT_COLUMNS)}, search_facets, content='reports_search', ` +
      `content_rowid='id', ${FTS_OPTIONS})`,
    `create virtual table incidents_fts using fts5(${list(INCIDENT_COLUMNS)}, search_facets, content='incidents_search', ` +
      `content_rowid='id', ${FTS_OPTIONS})`,
    // Every row, noted ones included.
    `insert into reports_fts(reports_fts) values ('rebuild')`,
    `insert into incidents_fts(incidents_fts) values ('rebuild')`,
    `delete from search_pending`,
  ]);
  const reportDoc = (row: string) => `${row}.id, ${list(REPORT_COLUMNS, row)}, ${reportFacets(`${row}.incident_id`)}`;
  const reportDelete = `insert into reports_fts(reports_fts, rowid, ${list(REPORT_COLUMNS)}, search_facets)`;
  const reportInsert = `insert into reports_fts(rowid, ${list(REPORT_COLUMNS)}, search_facets)`;
  const incidentDelete = `insert into incidents_fts(incidents_fts, rowid, ${list(INCIDENT_COLUMNS)}, search_facets)`;
  const incidentInsert = `insert into incidents_fts(rowid, ${list(INCIDENT_COLUMNS)}, search_facets)`;
  await run(db, [
    // New rows are indexed at commit (src/db/sqlite-search-index.ts).
    `create trigger reports_fts_after_insert after insert on reports begin ` +
      `insert or ignore into search_pending (tbl, id) values ('reports', new.id); end`,
    `create trigger reports_fts_after_delete after delete on reports begin ` +
      `${reportDelete} select 'delete', ${reportDoc("old")} where not ${pending("reports", "old.id")}; ` +
      `delete from search_pending where tbl = 'reports' and id = old.id; end`,
    // A report moved to another incident takes that incident's filter terms.
    `create trigger reports_fts_after_update after update of ${list(REPORT_COLUMNS)}, incident_id on reports ` +
      `when not ${pending("reports", "old.id")} begin ` +
      `${reportDelete} values ('delete', ${reportDoc("old")}); ${reportInsert} values (${reportDoc("new")}); end`,
    `create trigger incidents_fts_after_insert after insert on incidents begin ` +
      `insert or ignore into search_pending (tbl, id) values ('incidents', new.id); end`,
    `create trigger incidents_fts_after_delete after delete on incidents begin ` +
      `${incidentDelete} select 'delete', old.id, ${list(INCIDENT_COLUMNS, "old")}, ${facetsOf("old")} ` +
      `where not ${pending("incidents", "old.id")}; ` +
      `delete from search_pending where tbl = 'incidents' and id = old.id; end`,
    `create trigger incidents_fts_after_update after update of ${list([...INCIDENT_COLUMNS, ...FACET_FIELDS])} ` +
      `on incidents when not ${pending("incidents", "old.id")} begin ` +
      `${incidentDelete} values ('delete', old.id, ${list(INCIDENT_COLUMNS, "old")}, ${facetsOf("old")}); ` +
      `${incidentInsert} values (new.id, ${list(INCIDENT_COLUMNS, "new")}, ${facetsOf("new")}); end`,
    // The incident's reports, indexed (not noted) with its old terms, take its new ones.
    `create trigger incidents_fts_after_facets after update of ${list(FACET_FIELDS)} on incidents ` +
      `when ${facetsOf("old")} is not ${facetsOf("new")} begin ` +
      `${reportDelete} select 'delete', r.id, ${list(REPORT_COLUMNS, "r")}, ${facetsOf("old")} from reports r ` +
      `where r.incident_id = new.id and not ${pending("reports", "r.id")}; ` +
      `${reportInsert} select r.id, ${list(REPORT_COLUMNS, "r")}, ${facetsOf("new")} from reports r ` +
      `where r.incident_id = new.id and not ${pending("reports", "r.id")}; end`,
  ]);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") return downPostgres(db);
  await dropTriggers(db);
  await run(db, [
    `drop table reports_fts`,
    `drop table incidents_fts`,
    `drop view reports_search`,
    `drop view incidents_search`,
    `create virtual table reports_fts using fts5(${list(REPORT_COLUMNS)}, content='reports', content_rowid='id', ${FTS_OPTIONS})`,
    `create virtual table incidents_fts using fts5(${list(INCIDENT_COLUMNS)}, content='incidents', content_rowid='id', ${FTS_OPTIONS})`,
    `insert into reports_fts(reports_fts) values ('rebuild')`,
    `insert into incidents_fts(incidents_fts) values ('rebuild')`,
    `delete from search_pending`,
  ]);
  // The triggers of migration 2026-11-28T0200-search-index-at-commit.
  for (const [table, columns] of [
    ["reports", REPORT_COLUMNS],
    ["incidents", INCIDENT_COLUMNS],
  ] as const) {
    const fts = `${table}_fts`;
    const deleteOld = `insert into ${fts}(${fts}, rowid, ${list(columns)}) values ('delete', old.id, ${list(columns, "old")});`;
    const indexNew = `insert into ${fts}(rowid, ${list(columns)}) values (new.id, ${list(columns, "new")});`;
    await run(db, [
      `create trigger ${fts}_after_insert after insert on ${table} begin ` +
        `insert or ignore into search_pending (tbl, id) values ('${table}', new.id); end`,
      `create trigger ${fts}_after_delete after delete on ${table} begin ` +
        `insert into ${fts}(${fts}, rowid, ${list(columns)}) select 'delete', old.id, ${list(columns, "old")} ` +
        `where not ${pending(table, "old.id")}; ` +
        `delete from search_pending where tbl = '${table}' and id = old.id; end`,
      `create trigger ${fts}_after_update after update of ${list(columns)} on ${table} ` +
        `when not ${pending(table, "old.id")} begin ${deleteOld} ${indexNew} end`,
    ]);
  }
}

/** The tsvector of an incident's filter terms (the same spelling as SQLite's `search_facets`). */
const PG_FACETS_FUNCTION =
  `create function sigap_incident_facets(status text, type_code text, severity text, agency integer) ` +
  `returns tsvector language sql immutable parallel safe as $$ select to_tsvector('simple', ` +
  `'sigapstatus' || status || ' sigapcat' || lower(type_code) || ' sigapsev' || severity || ` +
  `' sigapagency' || coalesce(agency::text, 'none')) $$`;
const pgFacets = (row: string) =>
  `sigap_incident_facets(${row}.status, ${row}.type_code, ${row}.severity, ${row}.agency_org_id)`;
const pgReportFacets = (incidentId: string) =>
  `coalesce((select ${pgFacets("i")} from incidents i where i.id = ${incidentId}), ''::tsvector)`;

/** The sync functions of migration 2026-11-28T0100, with or without the filter terms. */
function pgSyncFunctions(withFacets: boolean): string[] {
  const reportTsv = `sigap_report_tsv(${list(REPORT_COLUMNS, "new")})`;
  const incidentTsv = `sigap_incident_tsv(${list(INCIDENT_COLUMNS, "new")})`;
  const fn = (name: string, body: string) =>
    `create or replace function ${name}() returns trigger language plpgsql set search_path from current as $$ ` +
    `begin ${body} return null; end $$`;
  return withFacets
    ? [
        fn(
          "search_reports_sync",
          `insert into search_reports (report_id, tsv, facets) values (new.id, ${reportTsv}, ${pgReportFacets("new.incident_id")}) ` +
            `on conflict (report_id) do update set tsv = excluded.tsv, facets = excluded.facets;`,
        ),
        fn(
          "search_incidents_sync",
          `insert into search_incidents (incident_id, tsv, facets) values (new.id, ${incidentTsv}, ${pgFacets("new")}) ` +
            `on conflict (incident_id) do update set tsv = excluded.tsv, facets = excluded.facets;`,
        ),
      ]
    : [
        fn(
          "search_reports_sync",
          `insert into search_reports (report_id, tsv) values (new.id, ${reportTsv}) ` +
            `on conflict (report_id) do update set tsv = excluded.tsv;`,
        ),
        fn(
          "search_incidents_sync",
          `insert into search_incidents (incident_id, tsv) values (new.id, ${incidentTsv}) ` +
            `on conflict (incident_id) do update set tsv = excluded.tsv;`,
        ),
      ];
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  await run(db, [
    PG_FACETS_FUNCTION,
    `alter table search_reports add column facets tsvector not null default ''`,
    `alter table search_incidents add column facets tsvector not null default ''`,
    `update search_incidents s set facets = ${pgFacets("i")} from incidents i where i.id = s.incident_id`,
    `update search_reports s set facets = ${pgFacets("i")} from reports r join incidents i on i.id = r.incident_id ` +
      `where r.id = s.report_id`,
    ...pgSyncFunctions(true),
    // A report linked to an incident (or moved to another) takes its terms; its words stay as they are.
    `create function search_reports_facets() returns trigger language plpgsql set search_path from current as $$ ` +
      `begin update search_reports set facets = ${pgReportFacets("new.incident_id")} where report_id = new.id; ` +
      `return null; end $$`,
    `create trigger search_reports_facets after update of incident_id on reports for each row ` +
      `when (old.incident_id is distinct from new.incident_id) execute function search_reports_facets()`,
    // An incident's new filters reach its own row and its reports' rows.
    `create function search_incidents_facets() returns trigger language plpgsql set search_path from current as $$ ` +
      `begin update search_incidents set facets = ${pgFacets("new")} where incident_id = new.id; ` +
      `update search_reports s set facets = ${pgFacets("new")} from reports r where r.incident_id = new.id and s.report_id = r.id; ` +
      `return null; end $$`,
    `create trigger search_incidents_facets after update of ${list(FACET_FIELDS)} on incidents for each row ` +
      `when (${FACET_FIELDS.map((f) => `old.${f} is distinct from new.${f}`).join(" or ")}) ` +
      `execute function search_incidents_facets()`,
    `drop index search_reports_tsv_idx`,
    `create index search_reports_tsv_idx on search_reports using gin (tsv, facets)`,
    `drop index search_incidents_tsv_idx`,
    `create index search_incidents_tsv_idx on search_incidents using gin (tsv, facets)`,
    `analyze search_reports`,
    `analyze search_incidents`,
  ]);
}

async function downPostgres(db: Kysely<any>): Promise<void> {
  await run(db, [
    `drop trigger if exists search_incidents_facets on incidents`,
    `drop function if exists search_incidents_facets()`,
    `drop trigger if exists search_reports_facets on reports`,
    `drop function if exists search_reports_facets()`,
    ...pgSyncFunctions(false),
    `drop index search_reports_tsv_idx`,
    `drop index search_incidents_tsv_idx`,
    `alter table search_reports drop column facets`,
    `alter table search_incidents drop column facets`,
    `create index search_reports_tsv_idx on search_reports using gin (tsv)`,
    `create index search_incidents_tsv_idx on search_incidents using gin (tsv)`,
    `drop function sigap_incident_facets(text, text, text, integer)`,
  ]);
}
