import { sql, type Kysely } from "kysely";

/*
 * Full-text search over reports and incidents.
 *
 * SQLite: two external-content FTS5 tables (`reports_fts` over a report's title, description,
 * chronology, affected URL and domain and the reporter's organisation; `incidents_fts` over an
 * incident's title and code), kept in step with their tables by triggers. Tokenizer `unicode61
 * remove_diacritics 2` (so "utok" finds "Útok"), with prefix indexes for the type-ahead last word.
 *
 * PostgreSQL: GIN expression indexes over `sigap_report_tsv(…)` / `sigap_incident_tsv(…)`, immutable
 * functions that turn the same columns into a `simple` tsvector. They first fold Latin diacritics
 * and turn ASCII punctuation into spaces, so that PostgreSQL splits words where SQLite's unicode61
 * does ("denpasarkota" is found inside `https://dinas.denpasarkota.go.id/`). Expression indexes
 * rather than a generated column keep the rows' shape identical on both databases.
 * `sigap_search_fold(text)` applies the same folding to a query.
 *
 * Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

const REPORT_COLUMNS = [
  "title",
  "description",
  "chronology",
  "affected_url",
  "affected_domain",
  "reporter_org",
] as const;
const INCIDENT_COLUMNS = ["title", "code"] as const;

/** Letters with diacritics whose canonical decomposition is an ASCII letter plus marks, and that letter. */
function diacriticFolding(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (const [lo, hi] of [
    [0xc0, 0x24f],
    [0x1e00, 0x1eff],
  ] as const) {
    for (let cp = lo; cp <= hi; cp++) {
      const c = String.fromCodePoint(cp);
      const base = c.normalize("NFD").replace(/\p{M}/gu, "");
      if (base !== c && /^[A-Za-z]$/.test(base)) {
        from += c;
        to += base;
      }
    }
  }
  return { from, to };
}

const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
// Keeps tsvectors far below PostgreSQL's 1 MB limit whatever a report's size.
const MAX_INDEXED_CHARS = 200_000;

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function upSqlite(db: Kysely<any>): Promise<void> {
  const fts = async (table: string, columns: readonly string[]) => {
    const cols = columns.join(", ");
    const newCols = columns.map((c) => `new.${c}`).join(", ");
    const oldCols = columns.map((c) => `old.${c}`).join(", ");
    await sql
      .raw(
        `create virtual table ${table}_fts using fts5(${cols}, content='${table}', content_rowid='id', ` +
          `tokenize='unicode61 remove_diacritics 2', prefix='2 3')`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_fts_after_insert after insert on ${table} begin ` +
          `insert into ${table}_fts(rowid, ${cols}) values (new.id, ${newCols}); end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${table}_fts_after_delete after delete on ${table} begin ` +
          `insert into ${table}_fts(${table}_fts, rowid, ${cols}) values ('delete', old.id, ${oldCols}); end`,
      )
      .execute(db);
    // Only when an indexed column changes: most updates (status, step, links) leave the index alone.
    await sql
      .raw(
        `create trigger ${table}_fts_after_update after update of ${cols} on ${table} begin ` +
          `insert into ${table}_fts(${table}_fts, rowid, ${cols}) values ('delete', old.id, ${oldCols}); ` +
          `insert into ${table}_fts(rowid, ${cols}) values (new.id, ${newCols}); end`,
      )
      .execute(db);
    // Rows that existed before this migration.
    await sql.raw(`insert into ${table}_fts(${table}_fts) values ('rebuild')`).execute(db);
  };
  await fts("reports", REPORT_COLUMNS);
  await fts("incidents", INCIDENT_COLUMNS);
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  const { from, to } = diacriticFolding();
  const fold = (expr: string) => `translate(${expr}, ${literal(from)}, ${literal(to)})`;
  const words = (expr: string) =>
    `translate(${fold(expr)}, ${literal(ASCII_PUNCTUATION)}, ${literal(" ".repeat(ASCII_PUNCTUATION.length))})`;
  // Function bodies call built-ins only, so index maintenance works under any search_path
  // (pg_restore runs with an empty one).
  const tsvFunction = async (name: string, columns: readonly string[]) => {
    const params = columns.map((c) => `${c} text`).join(", ");
    const joined = columns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || ");
    await sql
      .raw(
        `create function ${name}(${params}) returns tsvector language sql immutable parallel safe as $$ ` +
          `select to_tsvector('simple'::regconfig, left(${words(`(${joined})`)}, ${MAX_INDEXED_CHARS})) $$`,
      )
      .execute(db);
  };
  await tsvFunction("sigap_report_tsv", REPORT_COLUMNS);
  await tsvFunction("sigap_incident_tsv", INCIDENT_COLUMNS);
  await sql
    .raw(
      `create function sigap_search_fold(query text) returns text language sql immutable parallel safe as $$ select ${fold("query")} $$`,
    )
    .execute(db);
  await sql
    .raw(`create index reports_search_idx on reports using gin (sigap_report_tsv(${REPORT_COLUMNS.join(", ")}))`)
    .execute(db);
  await sql
    .raw(
      `create index incidents_search_idx on incidents using gin (sigap_incident_tsv(${INCIDENT_COLUMNS.join(", ")}))`,
    )
    .execute(db);
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "sqlite") await upSqlite(db);
  else await upPostgres(db);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "sqlite") {
    for (const table of ["incidents", "reports"]) {
      for (const event of ["insert", "delete", "update"])
        await sql.raw(`drop trigger if exists ${table}_fts_after_${event}`).execute(db);
      await sql.raw(`drop table if exists ${table}_fts`).execute(db);
    }
    return;
  }
  await sql.raw(`drop index if exists incidents_search_idx`).execute(db);
  await sql.raw(`drop index if exists reports_search_idx`).execute(db);
  await sql.raw(`drop function if exists sigap_search_fold(text)`).execute(db);
  await sql.raw(`drop function if exists sigap_incident_tsv(text, text)`).execute(db);
  await sql.raw(`drop function if exists sigap_report_tsv(text, text, text, text, text, text)`).execute(db);
}
