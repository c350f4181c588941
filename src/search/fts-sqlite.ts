import { sql } from "kysely";
import {
  firstPerIncident,
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  type FullTextSearch,
  type RawSnippet,
} from "./fts-common.ts";
import { fts5Expression } from "./query-terms.ts";

/*
 * SQLite: the FTS5 tables `reports_fts` and `incidents_fts` (migration 2026-11-27T1300-search),
 * queried with a MATCH expression built from quoted words only.
 */

/** Tokens around the match in a fragment. */
const SNIPPET_TOKENS = 16;

export const sqliteFullText: FullTextSearch = {
  matchingIncidentIds(terms) {
    const match = fts5Expression(terms);
    return sql<{ id: number }>`
      select r.incident_id as id from reports r
      where r.incident_id is not null and r.id in (select rowid from reports_fts where reports_fts match ${match})
      union
      select rowid as id from incidents_fts where incidents_fts match ${match}`;
  },

  async snippets(db, terms, incidentIds) {
    if (incidentIds.length === 0 || terms.words.length === 0) return new Map();
    const match = fts5Expression(terms);
    const ids = sql.join(incidentIds.map((id) => sql`${id}`));
    const reports = await sql<{ incident_id: number; report_id: number; text: string }>`
      select r.incident_id, r.id as report_id,
             snippet(reports_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) as text
      from reports_fts join reports r on r.id = reports_fts.rowid
      where reports_fts match ${match} and r.incident_id in (${ids})
      order by r.incident_id, r.id`.execute(db);
    const incidents = await sql<{ incident_id: number; text: string }>`
      select rowid as incident_id,
             snippet(incidents_fts, -1, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, '…', ${SNIPPET_TOKENS}) as text
      from incidents_fts
      where incidents_fts match ${match} and rowid in (${ids})`.execute(db);
    return firstPerIncident(
      reports.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: r.report_id, text: r.text })),
      incidents.rows.map((r): RawSnippet => ({ incidentId: r.incident_id, reportId: null, text: r.text })),
    );
  },
};
