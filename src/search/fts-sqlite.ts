import { sql } from "kysely";
import { firstPerIncident, type FullTextSearch, type NewestMatches, type RawSnippet } from "./fts-common.ts";
import { fts5Expression } from "./query-terms.ts";
import { matchesAll, rawSnippet } from "./snippet-text.ts";

/*
 * SQLite: the FTS5 tables `reports_fts` and `incidents_fts` (migration 2026-11-27T1300-search),
 * queried with a MATCH expression built from quoted words only.
 */

/** Tokens around the match in a fragment. */
const SNIPPET_TOKENS = 16;

export const sqliteFullText: FullTextSearch = {
  prepare: async (_db, terms) => ({ terms, expression: fts5Expression(terms) }),

  matchingIncidentIds({ expression }) {
    return sql<{ id: number }>`
      select r.incident_id as id from reports r
      where r.incident_id is not null and r.id in (select rowid from reports_fts where reports_fts match ${expression})
      union
      select rowid as id from incidents_fts where incidents_fts match ${expression}`;
  },

  async newestMatches(db, { expression }, n): Promise<NewestMatches> {
    // FTS5 walks a term's document list backwards from the newest row and stops at the limit.
    const reports = await sql<{ id: number }>`
      select rowid as id from reports_fts where reports_fts match ${expression} order by rowid desc limit ${n}`.execute(
      db,
    );
    const incidents = await sql<{ id: number }>`
      select rowid as id from incidents_fts where incidents_fts match ${expression} order by rowid desc limit ${n}`.execute(
      db,
    );
    return { reportIds: reports.rows.map((r) => r.id), incidentIds: incidents.rows.map((r) => r.id) };
  },

  incidentsOf({ reportIds, incidentIds }) {
    // As one JSON parameter: the lists may be longer than SQLite's limit on parameters.
    return sql<{ id: number }>`
      select r.incident_id as id from reports r
      where r.incident_id is not null and r.id in (select value from json_each(${JSON.stringify(reportIds)}))
      union
      select value as id from json_each(${JSON.stringify(incidentIds)})`;
  },

  async snippets(db, { terms }, incidentIds) {
    if (incidentIds.length === 0 || terms.words.length === 0) return new Map();
    // Made from the page's own text (snippet-text.ts): FTS5's snippet() would evaluate the query
    // against the whole index again.
    const reports = await db
      .selectFrom("reports")
      .select([
        "id",
        "incident_id",
        "title",
        "description",
        "chronology",
        "affected_url",
        "affected_domain",
        "reporter_org",
      ])
      .where("incident_id", "in", incidentIds)
      .orderBy("incident_id")
      .orderBy("id")
      .execute();
    const incidents = await db
      .selectFrom("incidents")
      .select(["id", "title", "code"])
      .where("id", "in", incidentIds)
      .execute();
    const hits: RawSnippet[] = [];
    for (const r of reports) {
      const columns = [r.title, r.description, r.chronology, r.affected_url, r.affected_domain, r.reporter_org];
      const text = matchesAll(columns, terms) ? rawSnippet(columns, terms, SNIPPET_TOKENS) : null;
      if (text !== null && r.incident_id !== null) hits.push({ incidentId: r.incident_id, reportId: r.id, text });
    }
    const own: RawSnippet[] = [];
    for (const i of incidents) {
      const text = matchesAll([i.title, i.code], terms) ? rawSnippet([i.title, i.code], terms, SNIPPET_TOKENS) : null;
      if (text !== null) own.push({ incidentId: i.id, reportId: null, text });
    }
    return firstPerIncident(hits, own);
  },
};
