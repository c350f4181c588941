import { HIGHLIGHT_END, HIGHLIGHT_START } from "./fts-common.ts";
import type { SearchTerms } from "./query-terms.ts";

/*
 * Fragments of matching text, made from the text itself rather than by the index: FTS5's own
 * snippet() has to evaluate the query against the index again for each row, which for a
 * typed-ahead word found in many reports means merging its whole document list each time. The
 * rows here are the page's (a few dozen), and the words are found as the index finds them:
 * letters and digits with their marks, case and diacritics folded, the last word as a prefix.
 */

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;

/** A word folded as the index folds it: lower case, without diacritics. */
export const foldWord = (word: string): string => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

interface Token {
  start: number;
  end: number;
  folded: string;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) }));
}

/** Which query words a token matches: the last word as a prefix when the query says so. */
function matcher(terms: SearchTerms): (folded: string) => boolean {
  const words = terms.words.map(foldWord);
  const last = words.length - 1;
  return (folded) => words.some((w, i) => folded === w || (i === last && terms.prefixLast && folded.startsWith(w)));
}

/** Whether every word of the query is found somewhere in `texts` (the columns of one row). */
export function matchesAll(texts: readonly (string | null)[], terms: SearchTerms): boolean {
  const words = terms.words.map(foldWord);
  const found = new Set<number>();
  const last = words.length - 1;
  for (const text of texts) {
    if (!text) continue;
    for (const t of tokens(text)) {
      words.forEach((w, i) => {
        if (t.folded === w || (i === last && terms.prefixLast && t.folded.startsWith(w))) found.add(i);
      });
    }
  }
  return found.size === words.length;
}

/**
 * A fragment of about `size` tokens from the column with the most matching tokens, starting a
 * little before the first of them, matches between the highlight markers of fts-common.ts, `…` where
 * the text is cut. Null when no column has a matching token.
 */
export function rawSnippet(texts: readonly (string | null)[], terms: SearchTerms, size = 16): string | null {
  const isMatch = matcher(terms);
  let best: { text: string; list: Token[]; hits: number[] } | null = null;
  for (const text of texts) {
    if (!text) continue;
    const list = tokens(text);
    const hits = list.flatMap((t, i) => (isMatch(t.folded) ? [i] : []));
    if (hits.length > 0 && (!best || hits.length > best.hits.length)) best = { text, list, hits };
  }
  if (!best) return null;
  const { text, list, hits } = best;
  const from = Math.max(0, Math.min(hits[0]! - 2, list.length - size));
  const to = Math.min(list.length, from + size);
  let out = from > 0 ? "…" : "";
  let cursor = from > 0 ? list[from]!.start : 0;
  for (let i = from; i < to; i++) {
    const t = list[i]!;
    out += text.slice(cursor, t.start);
    out += isMatch(t.folded)
      ? `${HIGHLIGHT_START}${text.slice(t.start, t.end)}${HIGHLIGHT_END}`
      : text.slice(t.start, t.end);
    cursor = t.end;
  }
  out += to < list.length ? "…" : text.slice(cursor);
  return out;
}
