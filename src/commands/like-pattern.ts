import { sql, type Expression, type SqlBool } from "kysely";

/** `%text%` with LIKE's wildcards escaped, lowercased: a literal, case-insensitive substring search. */
export const containsPattern = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** `lower(column) like pattern escape '\'`, the same on SQLite and PostgreSQL. */
export const lowerLike = (column: string, pattern: string): Expression<SqlBool> =>
  sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
