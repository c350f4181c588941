import { sql } from "kysely";
import {
  firstPerIncident,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type FullTextQuery,
  type FullTextSearch,
  type RawSnippet,
} from "./fts-common.ts";
import { tsQueryExpression } from "./query-terms.ts";

/*
 * PostgreSQL: the GIN expression indexes over `sigap_report_tsv(…)` and `sigap_incident_tsv(…)`
 * (migration 2026-11-27T1300-search). The expressions here must stay exactly those of the indexes,
 * or the planner cannot use them. The query is a `to_tsquery` of quoted words, folded like the text.
 */

const REPORT_TSV = sql`sigap_report_tsv(r.title, r.description, r.chronology, r.affected_url, r.affected_domain, r.reporter_org)`;
const INCIDENT_TSV = sql`sigap_incident_tsv(i.title, i.code)`;
// Headlines parse the text again; a long description is cut to this many characters for it.
const HEADLINE_CHARS = 20_000;
const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}", MaxWords=24, MinWords=8, ShortWord=2, ` +
  `MaxFragments=2, FragmentDelimiter=" … "`;

/** Rows (by id, newest first) searched for the newest matches before all of them; null: every row. */
const NEWEST_WINDOWS: readonly (number | null)[] = [20_000, 200_000, null];

const tsQuery = (query: FullTextQuery) => sql`to_tsquery('simple', sigap_search_fold(${query.expression}))`;

export const postgresFullText: FullTextSearch = {
  prepare: async (_db, terms) => ({ terms, expression: tsQueryExpression(terms) }),

  matchingIncidentIds(prepared) {
    const query = tsQuery(prepared);
    return sql<{ id: number }>`
      select r.incident_id as id from reports r where r.incident_id is not null and ${REPORT_TSV} @@ ${query}
      union
      select i.id from incidents i where ${INCIDENT_TSV} @@ ${query}`;
  },

  async newestMatches(db, prepared, n) {
    const query = tsQuery(prepared);
    // GIN cannot read matches in id order; a match's row must be fetched to learn its id. So the
    // newest ids are searched in windows of the newest rows, where the planner combines the GIN
    // bitmap with the primary key's range and fetches only the matching rows inside the window.
    const newest = async (table: "reports" | "incidents"): Promise<number[]> => {
      const t = table === "reports" ? sql`reports r` : sql`incidents i`;
      const id = table === "reports" ? sql.ref("r.id") : sql.ref("i.id");
      const tsv = table === "reports" ? REPORT_TSV : INCIDENT_TSV;
      const top = await sql<{ max: number | null }>`select max(${id}) as max from ${t}`.execute(db);
      const max = Number(top.rows[0]?.max ?? 0);
      for (const window of NEWEST_WINDOWS) {
        const lower = window === null ? null : max - window;
        const rows = await sql<{ id: number }>`
          select ${id} as id from ${t} where ${tsv} @@ ${query} ${lower === null ? sql`` : sql`and ${id} > ${lower}`}
          order by ${id} desc limit ${n}`.execute(db);
        if (rows.rows.length >= n || lower === null || lower <= 0) return rows.rows.map((r) => r.id);
      }
      return [];
    };
    return { reportIds: await newest("reports"), incidentIds: await newest("incidents") };
  },

  incidentsOf({ reportIds, incidentIds }) {
    return sql<{ id: number }>`
      select r.incident_id as id from reports r where r.incident_id is not null and r.id = any(${[...reportIds]}::int[])
      union
      select unnest(${[...incidentIds]}::int[]) as id`;
  },

  async snippets(db, prepared, incidentIds) {
    if (incidentIds.length === 0 || prepared.terms.words.length === 0) return new Map();
    const query = tsQuery(prepared);
    const ids = sql.join(incidentIds.map((id) => sql`${id}`));
    const text = sql`left(concat_ws(' — ', r.title, r.description, r.chronology, r.affected_url, r.affected_domain, r.reporter_org), ${HEADLINE_CHARS})`;
    const reports = await sql<{ incident_id: number; report_id: number; text: string }>`
      select r.incident_id, r.id as report_id, ts_headline('simple', ${text}, ${query}, ${HEADLINE_OPTIONS}) as text
      from reports r
      where r.incident_id in (${ids}) and ${REPORT_TSV} @@ ${query}
      order by r.incident_id, r.id`.execute(db);
    const incidents = await sql<{ incident_id: number; text: string }>`
      select i.id as incident_id, ts_headline('simple', i.title || ' — ' || i.code, ${query}, ${HEADLINE_OPTIONS}) as text
      from incidents i
      where i.id in (${ids}) and ${INCIDENT_TSV} @@ ${query}`.execute(db);
    return firstPerIncident(
      reports.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: r.report_id, text: r.text })),
      incidents.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: null, text: r.text })),
    );
  },
};
