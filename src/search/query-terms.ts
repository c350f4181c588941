/*
 * The search box is user input: it is never passed to the database's query syntax as it is. It is
 * cut into words (letters and digits, with any marks that belong to them — Balinese script keeps its
 * vowel signs), and each word is quoted, so `"`, `*`, `AND (`, `NEAR(` and the like are plain text.
 * All words must match; the last one also matches as a prefix, so results appear while typing.
 */

/** Words after the first are ignored beyond this many. */
export const MAX_SEARCH_TERMS = 12;
/** Longer words are cut to this many characters (no real word is longer; it bounds the work). */
export const MAX_TERM_LENGTH = 64;
/** A last word shorter than this is matched exactly: a one-letter prefix would match nearly everything. */
export const MIN_PREFIX_LENGTH = 2;

/** The words of a query, as the search looks for them. */
export interface SearchTerms {
  words: string[];
  /** Whether the last word also matches as a prefix. */
  prefixLast: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/**
 * The words of the user's query, lowercased. An empty list means "no text condition": a query made
 * only of punctuation searches nothing more than its filters.
 */
export function parseSearchTerms(query: string | undefined | null): SearchTerms {
  const found = (query ?? "").normalize("NFC").toLowerCase().match(WORD) ?? [];
  const words = found.slice(0, MAX_SEARCH_TERMS).map((w) => Array.from(w).slice(0, MAX_TERM_LENGTH).join(""));
  const last = words[words.length - 1];
  return { words, prefixLast: last !== undefined && Array.from(last).length >= MIN_PREFIX_LENGTH };
}

/** An FTS5 MATCH expression: every word a quoted string (quotes doubled), implicit AND, `*` on the last. */
export function fts5Expression(terms: SearchTerms): string {
  return terms.words
    .map((w, i) => `"${w.replaceAll('"', '""')}"${terms.prefixLast && i === terms.words.length - 1 ? "*" : ""}`)
    .join(" ");
}

/** A `to_tsquery` expression: every word a quoted lexeme, joined by `&`, `:*` on the last. */
export function tsQueryExpression(terms: SearchTerms): string {
  return terms.words
    .map(
      (w, i) =>
        `'${w.replaceAll("\\", "\\\\").replaceAll("'", "''")}'${terms.prefixLast && i === terms.words.length - 1 ? ":*" : ""}`,
    )
    .join(" & ");
}
