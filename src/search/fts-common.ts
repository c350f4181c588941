import type { Kysely, RawBuilder } from "kysely";
import type { DB } from "../db/schema.ts";
import type { SearchTerms } from "./query-terms.ts";

/*
 * What the two full-text back ends (fts-sqlite.ts, fts-postgres.ts) share. Kept apart from
 * full-text.ts, which picks between them, so that neither imports the module that imports it.
 */

/** Where a result's text matched, with the highlighted fragment (see `snippet.ts` for the markers). */
export interface RawSnippet {
  incidentId: number;
  /** The matching report, when the match is in a report rather than the incident's own title or code. */
  reportId: number | null;
  text: string;
}

/** Marks the start and end of a matched word in raw snippets (Unicode private use: never typed). */
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

/** Matches of a search: report ids, and ids of incidents matching by their own text. */
export interface MatchIds {
  reportIds: readonly number[];
  incidentIds: readonly number[];
}

/** What a search learnt from the index about its words (see `FullTextSearch.probe`). */
export interface FullTextProbe {
  /** Every match, when there are few; null when there are more. */
  all: MatchIds | null;
  /** Which of these incidents match, by their own title and code or the text of one of their reports. */
  matching(incidentIds: readonly number[]): Promise<Set<number>>;
}

/** A search's words as one database's query text (an FTS5 expression, a tsquery); see `prepare`. */
export interface FullTextQuery {
  terms: SearchTerms;
  /** The words (SQLite: and the filters) in the database's query syntax. */
  expression: string;
  /** PostgreSQL: the filter terms as a tsquery, or null. */
  filters?: string | null;
}

/** The filters of a search that the full-text index holds as terms of its documents. */
export interface SearchFacets {
  status?: string;
  category?: string;
  severity?: string;
  agency?: number;
}

/**
 * The filter terms of a search, as migration 2026-11-28T0400-search-filter-terms writes them into
 * the index (SQLite's `search_facets` column, PostgreSQL's `facets` tsvector).
 */
export function facetTerms(facets: SearchFacets): string[] {
  const terms: string[] = [];
  if (facets.status) terms.push(`sigapstatus${facets.status}`);
  if (facets.category) terms.push(`sigapcat${facets.category.toLowerCase()}`);
  if (facets.severity) terms.push(`sigapsev${facets.severity}`);
  if (facets.agency !== undefined) terms.push(`sigapagency${facets.agency}`);
  return terms;
}

/**
 * The full-text part of a search, per database: which incidents match (their own title and code,
 * or the text of one of their reports), and fragments of the matching text for a page of results.
 */
export interface FullTextSearch {
  /** The words (possibly none) and the filters the index holds, as this database's query. */
  prepare(db: Kysely<DB>, terms: SearchTerms, facets: SearchFacets): Promise<FullTextQuery>;
  /**
   * Asks the index about the words once: every match when there are at most `n` matching reports
   * and `n` incidents matching by their own text (a common word costs `n` reads, not one per
   * report that contains it), and a way to check any incidents after that.
   */
  probe(db: Kysely<DB>, query: FullTextQuery, n: number): Promise<FullTextProbe>;
  /** A subquery of the ids of the incidents matches belong to, for `where incidents.id in (…)`. */
  incidentsOf(matches: MatchIds): RawBuilder<{ id: number }>;
  /** One fragment per incident among `incidentIds`: from a matching report if any, else from the incident. */
  snippets(db: Kysely<DB>, query: FullTextQuery, incidentIds: readonly number[]): Promise<Map<number, RawSnippet>>;
}

/** Keeps the first snippet per incident, preferring one from a report. */
export function firstPerIncident(
  reportHits: readonly RawSnippet[],
  incidentHits: readonly RawSnippet[],
): Map<number, RawSnippet> {
  const result = new Map<number, RawSnippet>();
  for (const hit of [...reportHits, ...incidentHits]) if (!result.has(hit.incidentId)) result.set(hit.incidentId, hit);
  return result;
}
