import { sql } from "kysely";
import {
  firstPerIncident,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type FullTextSearch,
  type RawSnippet,
} from "./fts-common.ts";
import { tsQueryExpression, type SearchTerms } from "./query-terms.ts";

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

const tsQuery = (terms: SearchTerms) => sql`to_tsquery('simple', sigap_search_fold(${tsQueryExpression(terms)}))`;

export const postgresFullText: FullTextSearch = {
  matchingIncidentIds(terms) {
    const query = tsQuery(terms);
    return sql<{ id: number }>`
      select r.incident_id as id from reports r where r.incident_id is not null and ${REPORT_TSV} @@ ${query}
      union
      select i.id from incidents i where ${INCIDENT_TSV} @@ ${query}`;
  },

  async snippets(db, terms, incidentIds) {
    if (incidentIds.length === 0 || terms.words.length === 0) return new Map();
    const query = tsQuery(terms);
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
