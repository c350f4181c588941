import type { DialectName } from "../db/connect.ts";
import type { FullTextSearch } from "./fts-common.ts";
import { postgresFullText } from "./fts-postgres.ts";
import { sqliteFullText } from "./fts-sqlite.ts";

export type { FullTextSearch, RawSnippet } from "./fts-common.ts";

/** The full-text search of a database dialect. */
export function fullTextSearch(dialect: DialectName): FullTextSearch {
  return dialect === "sqlite" ? sqliteFullText : postgresFullText;
}
