import { sql, type Kysely, type SqlBool } from "kysely";
import type { DB } from "../db/schema.ts";
import {
  facetTerms,
  firstPerIncident,
  type FullTextProbe,
  type FullTextSearch,
  type RawSnippet,
  type SearchFacets,
} from "./fts-common.ts";
import { fts5Expression, type SearchTerms } from "./query-terms.ts";
import { matchesAll, rawSnippet } from "./snippet-text.ts";

/*
 * SQLite: the FTS5 tables `reports_fts` and `incidents_fts` (migrations 2026-11-27T1300-search and
 * 2026-11-28T0400-search-filter-terms), queried with a MATCH expression built from quoted words
 * only. The words are looked for in the text columns; the filters the index holds are looked for
 * in `search_facets`, spelt as the migration's views spell them.
 */

/** The words in the text columns, AND the filter terms in `search_facets`. */
function matchExpression(terms: SearchTerms, facets: SearchFacets): string {
  const filters = facetTerms(facets);
  const quoted = (word: string) => `"${word.replaceAll('"', '""')}"`;
  const parts: string[] = [];
  if (terms.words.length > 0) parts.push(`(- {search_facets} : (${fts5Expression(terms)}))`);
  if (filters.length > 0) parts.push(`({search_facets} : (${filters.map(quoted).join(" ")}))`);
  return parts.join(" AND ");
}

/** Tokens around the match in a fragment. */
const SNIPPET_TOKENS = 16;

export const sqliteFullText: FullTextSearch = {
  prepare: async (_db, terms, facets) => ({ terms, expression: matchExpression(terms, facets) }),

  async probe(db, { expression }, n): Promise<FullTextProbe> {
    const reports = await KnownMatches.read(db, "reports_fts", expression, n);
    const incidents = await KnownMatches.read(db, "incidents_fts", expression, n);
    const all = reports.complete && incidents.complete ? { reportIds: reports.ids, incidentIds: incidents.ids } : null;
    return {
      all,
      async matching(incidentIds) {
        if (incidentIds.length === 0) return new Set();
        const own = await db
          .selectFrom("reports")
          .select(["id", "incident_id"])
          .where(sql<SqlBool>`incident_id in (select value from json_each(${JSON.stringify(incidentIds)}))`)
          .execute();
        await reports.learn(own.map((r) => r.id));
        await incidents.learn(incidentIds);
        const result = new Set<number>();
        for (const r of own) if (r.incident_id !== null && reports.has(r.id)) result.add(r.incident_id);
        for (const id of incidentIds) if (incidents.has(id)) result.add(id);
        return result;
      },
    };
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

/** Above this span of ids, the rows asked about are read in two ranges, split at their widest gap. */
const MAX_RANGE = 250_000;
/** The least span of ids a read below the known ones covers. */
const MIN_RANGE = 10_000;

/**
 * The matches of one FTS5 table known so far, and the ranges of ids they are known for: first the
 * newest matches, then the ranges around the rows a search asks about. FTS5 evaluates a
 * typed-ahead word by merging the document lists of every term it begins (for a common word,
 * milliseconds each time whatever the rows asked about), so rows are learnt a range at a time,
 * never one by one.
 */
class KnownMatches {
  readonly #matches: Set<number>;
  /** Closed ranges [low, high] of ids whose matches are all in #matches. */
  readonly #known: [number, number][] = [];

  private constructor(
    private readonly db: Kysely<DB>,
    private readonly table: "reports_fts" | "incidents_fts",
    private readonly expression: string,
    readonly ids: number[],
    readonly complete: boolean,
  ) {
    this.#matches = new Set(ids);
    // Newest first: every match from the last one read upwards was read.
    this.#known.push(complete ? [-Infinity, Infinity] : [ids[ids.length - 1]!, Infinity]);
  }

  /** The newest `n` + 1 matches (FTS5 reads a document list backwards and stops); complete when at most `n`. */
  static async read(db: Kysely<DB>, table: "reports_fts" | "incidents_fts", expression: string, n: number) {
    const t = sql.raw(table);
    const rows = await sql<{ id: number }>`
      select rowid as id from ${t} where ${t} match ${expression} order by rowid desc limit ${n + 1}`.execute(db);
    return new KnownMatches(
      db,
      table,
      expression,
      rows.rows.map((r) => r.id),
      rows.rows.length <= n,
    );
  }

  #isKnown(id: number): boolean {
    return this.#known.some(([low, high]) => id >= low && id <= high);
  }

  /** Whether row `id` matches; ask `learn` about it first. */
  has(id: number): boolean {
    return this.#matches.has(id);
  }

  /** Reads the matches around `ids` that are not known yet. */
  async learn(ids: readonly number[]): Promise<void> {
    const unknown = ids.filter((id) => !this.#isKnown(id)).sort((a, b) => a - b);
    if (unknown.length > 0) await this.#readRange(unknown);
  }

  /** Every match from the lowest to the highest of `sorted`; a wide span in two, at its widest gap. */
  async #readRange(sorted: readonly number[]): Promise<void> {
    const low = sorted[0]!;
    const high = sorted[sorted.length - 1]!;
    if (high - low > MAX_RANGE) {
      let split = 1;
      for (let i = 2; i < sorted.length; i++)
        if (sorted[i]! - sorted[i - 1]! > sorted[split]! - sorted[split - 1]!) split = i;
      await this.#readRange(sorted.slice(0, split));
      await this.#readRange(sorted.slice(split));
      return;
    }
    // Every read of a typed-ahead word costs a merge, however narrow: read well below the rows
    // asked about, where a search that goes on will ask next.
    const from = Math.max(0, low - 3 * Math.max(high - low, MIN_RANGE));
    // Bounds, not `rowid = ?`: FTS5 ignores an equality with a JavaScript number (bound as a REAL)
    // and returns every match.
    const t = sql.raw(this.table);
    const rows = await sql<{ id: number }>`
      select rowid as id from ${t} where ${t} match ${this.expression}
      and rowid >= ${from} and rowid <= ${high}`.execute(this.db);
    for (const r of rows.rows) this.#matches.add(r.id);
    this.#known.push([from, high]);
  }
}
