import { sql, type Kysely } from "kysely";

/*
 * PostgreSQL: the functions behind the full-text indexes (migration 2026-11-27T1300-search) fold
 * Latin diacritics with `translate()` over a list of several hundred letters — a search of that
 * list for every character of a report: about 2.5 ms per report, paid by every insert and update
 * of the GIN index, by an index build (tens of minutes for a million reports), and by every row a
 * query has to check. Text that is plain ASCII (its byte length equals its character length) has
 * nothing to fold, so the functions now skip the folding for it.
 *
 * They also become PL/pgSQL functions with a high cost: a SQL function is inlined, and the planner
 * then prices its tsvector at a fraction of what it costs, and prefers walking a whole table by id
 * and computing each row's tsvector to reading the GIN index (seconds instead of milliseconds
 * for "the newest matches"). Results are unchanged for every input, so the indexes stay valid.
 * Nothing on SQLite. Standalone: imports nothing from the application.
 */

type Dialect = "sqlite" | "postgres";

const REPORT_COLUMNS = ["title", "description", "chronology", "affected_url", "affected_domain", "reporter_org"];
const INCIDENT_COLUMNS = ["title", "code"];
const ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const MAX_INDEXED_CHARS = 200_000;
/** The planner's price of one call, in units of cpu_operator_cost: about what a tsvector of a report costs. */
const TSV_COST = 100_000;

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

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** The three functions, with or without the ASCII fast path (`down` restores the original bodies). */
async function define(db: Kysely<any>, fastPath: boolean): Promise<void> {
  const { from, to } = diacriticFolding();
  const fold = (expr: string) =>
    fastPath
      ? `(case when octet_length(${expr}) = char_length(${expr}) then ${expr} else translate(${expr}, ${literal(from)}, ${literal(to)}) end)`
      : `translate(${expr}, ${literal(from)}, ${literal(to)})`;
  const words = (expr: string) =>
    `translate(${fold(expr)}, ${literal(ASCII_PUNCTUATION)}, ${literal(" ".repeat(ASCII_PUNCTUATION.length))})`;
  const tsv = async (name: string, columns: readonly string[]) => {
    const params = columns.map((c) => `${c} text`).join(", ");
    const joined = columns.map((c) => `coalesce(${c}, '')`).join(" || ' ' || ");
    const body = `to_tsvector('simple'::regconfig, left(${words(`(${joined})`)}, ${MAX_INDEXED_CHARS}))`;
    await sql
      .raw(
        fastPath
          ? `create or replace function ${name}(${params}) returns tsvector language plpgsql immutable parallel safe ` +
              `cost ${TSV_COST} as $$ begin return ${body}; end $$`
          : `create or replace function ${name}(${params}) returns tsvector language sql immutable parallel safe as $$ ` +
              `select ${body} $$`,
      )
      .execute(db);
  };
  await tsv("sigap_report_tsv", REPORT_COLUMNS);
  await tsv("sigap_incident_tsv", INCIDENT_COLUMNS);
  await sql
    .raw(
      `create or replace function sigap_search_fold(query text) returns text language sql immutable parallel safe as $$ select ${fold("query")} $$`,
    )
    .execute(db);
}

export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await define(db, true);
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await define(db, false);
}
