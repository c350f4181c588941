import { sql } from "kysely";
import {
  facetTerms,
  firstPerIncident,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type FullTextQuery,
  type FullTextSearch,
  type FullTextProbe,
  type RawSnippet,
} from "./fts-common.ts";
import { tsQueryExpression } from "./query-terms.ts";

/*
 * PostgreSQL: the stored tsvectors of `search_reports` and `search_incidents`, with their GIN
 * indexes (migration 2026-11-28T0100-search-in-result-order; the triggers fill them with
 * `sigap_report_tsv(…)` and `sigap_incident_tsv(…)`). The query is a `to_tsquery` of quoted words,
 * folded like the text. The filters the index holds (migration 2026-11-28T0400-search-filter-terms)
 * are asked of the `facets` tsvector, which the same GIN index covers.
 */

// Headlines parse the text again; a long description is cut to this many characters for it.
const HEADLINE_CHARS = 20_000;
const HEADLINE_OPTIONS =
  `StartSel="${HIGHLIGHT_START}", StopSel="${HIGHLIGHT_END}", MaxWords=24, MinWords=8, ShortWord=2, ` +
  `MaxFragments=2, FragmentDelimiter=" … "`;

/** Most matches read with filters before they count as many (see `probe`). */
const FILTERED_READ = 2_500;

const tsQuery = (query: FullTextQuery) => sql`to_tsquery('simple', sigap_search_fold(${query.expression}))`;

/** Rows of `search_reports` or `search_incidents` that match the words and the filters. */
const matches = (query: FullTextQuery) => {
  const conditions = [];
  if (query.terms.words.length > 0) conditions.push(sql`tsv @@ ${tsQuery(query)}`);
  if (query.filters) conditions.push(sql`facets @@ to_tsquery('simple', ${query.filters})`);
  return sql.join(conditions, sql` and `);
};

export const postgresFullText: FullTextSearch = {
  prepare: async (_db, terms, facets) => {
    const filters = facetTerms(facets);
    return {
      terms,
      expression: terms.words.length === 0 ? "" : tsQueryExpression(terms),
      filters: filters.length === 0 ? null : filters.map((t) => `'${t}'`).join(" & "),
    };
  },

  async probe(db, prepared, n): Promise<FullTextProbe> {
    const where = matches(prepared);
    // GIN gives every match of a word at once, which for a common one costs tens of milliseconds
    // before the first row: when the planner expects many matches, none are read (the search then
    // checks incidents one by one, by key). With filters the matches are always read: the planner
    // takes words and filters as independent, and cannot see that filters make a word rare.
    const expected = async (table: "search_reports" | "search_incidents") => {
      const plan = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`
        explain (format json) select 1 from ${sql.table(table)} where ${where}`.execute(db);
      return plan.rows[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? Infinity;
    };
    const common =
      !prepared.filters && ((await expected("search_reports")) > 2 * n || (await expected("search_incidents")) > 2 * n);
    // Fewer rows are read with filters: a word they make rare has far fewer matches, and one they
    // do not costs a read of rows that the walk then does not need.
    const limit = prepared.filters ? Math.min(n, FILTERED_READ) : n;
    const read = async (table: "search_reports" | "search_incidents", key: "report_id" | "incident_id") =>
      common
        ? []
        : (
            await sql<{ id: number }>`
              select ${sql.ref(key)} as id from ${sql.table(table)} where ${where} limit ${limit + 1}`.execute(db)
          ).rows.map((r) => r.id);
    const reportIds = await read("search_reports", "report_id");
    const incidentIds = await read("search_incidents", "incident_id");
    const few = !common && reportIds.length <= limit && incidentIds.length <= limit;
    return {
      all: few ? { reportIds, incidentIds } : null,
      async matching(candidates) {
        if (candidates.length === 0) return new Set();
        // Each incident's stored tsvectors, by key: no tsvector is computed again.
        const ids = [...candidates];
        const rows = await sql<{ id: number }>`
          select r.incident_id as id from reports r join search_reports s on s.report_id = r.id
          where r.incident_id = any(${ids}::int[]) and ${where}
          union
          select incident_id as id from search_incidents where incident_id = any(${ids}::int[]) and ${where}`.execute(
          db,
        );
        return new Set(rows.rows.map((r) => r.id));
      },
    };
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
      from reports r join search_reports s on s.report_id = r.id
      where r.incident_id in (${ids}) and s.tsv @@ ${query}
      order by r.incident_id, r.id`.execute(db);
    const incidents = await sql<{ incident_id: number; text: string }>`
      select i.id as incident_id, ts_headline('simple', i.title || ' — ' || i.code, ${query}, ${HEADLINE_OPTIONS}) as text
      from incidents i join search_incidents s on s.incident_id = i.id
      where i.id in (${ids}) and s.tsv @@ ${query}`.execute(db);
    return firstPerIncident(
      reports.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: r.report_id, text: r.text })),
      incidents.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: null, text: r.text })),
    );
  },
};
