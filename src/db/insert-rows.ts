import { CompiledQuery, type Insertable, type Kysely, type Selectable } from "kysely";
import type { DB } from "./schema.ts";

/*
 * Kysely builds an INSERT's operation tree and compiles it to SQL anew each time: for the dozen
 * inserts of one public report that was a tenth of the server's time. An INSERT's SQL depends only
 * on the table, the columns and the number of rows, so these helpers compile the first insert of
 * each shape with Kysely and run the later ones with that SQL and the new values. Kysely passes
 * every value as a parameter, in column order, row after row; a shape whose parameters come out
 * otherwise (a value it would inline or leave out) is not cached and always goes through Kysely.
 */

/**
 * Compiled SQL by shape, per database: keyed by the Kysely adapter, which a database's transactions
 * share with it (their executors are new each time).
 */
const compiled = new WeakMap<object, Map<string, string | null>>();

/** Most shapes remembered per database (inserts of many rows come in many sizes). */
const MAX_SHAPES = 200;

type Table = keyof DB & string;

/** The shape of an insert, or null when it must go through Kysely (rows of different columns, an undefined value). */
function shapeOf(table: string, rows: readonly Record<string, unknown>[], returning: boolean): string | null {
  const columns = Object.keys(rows[0]!);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((k, i) => k !== columns[i] || row[k] === undefined)) return null;
  }
  return `${table}|${columns.join(",")}|${rows.length}|${returning ? "r" : ""}`;
}

function parametersOf(rows: readonly Record<string, unknown>[]): unknown[] {
  const parameters: unknown[] = [];
  for (const row of rows) for (const value of Object.values(row)) parameters.push(value);
  return parameters;
}

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

async function insert<T extends Table>(
  db: Kysely<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
  returning: boolean,
): Promise<Selectable<DB[T]>[]> {
  if (rows.length === 0) return [];
  const plain = rows as unknown as readonly Record<string, unknown>[];
  const key = db.getExecutor().adapter as object;
  let shapes = compiled.get(key);
  if (!shapes) compiled.set(key, (shapes = new Map()));
  const shape = shapeOf(table, plain, returning);
  const parameters = parametersOf(plain);
  const known = shape === null ? null : shapes.get(shape);
  if (typeof known === "string") {
    const result = await db.executeQuery<Selectable<DB[T]>>(CompiledQuery.raw(known, parameters));
    return result.rows;
  }
  // Through Kysely; the SQL is kept for the next rows of this shape if its parameters are the values.
  const builder = db.insertInto(table).values(rows as never);
  const query = returning ? builder.returningAll().compile() : builder.compile();
  if (shape !== null && known === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(shape, sameValues(query.parameters, parameters) ? query.sql : null);
  }
  const result = await db.executeQuery<Selectable<DB[T]>>(query as CompiledQuery<Selectable<DB[T]>>);
  return result.rows;
}

/** INSERT … RETURNING * of one row: the row as stored. */
export async function insertRow<T extends Table>(
  db: Kysely<DB>,
  table: T,
  row: Insertable<DB[T]>,
): Promise<Selectable<DB[T]>> {
  const [stored] = await insert(db, table, [row], true);
  if (!stored) throw new Error(`insert into ${table} returned no row`);
  return stored;
}

/** INSERT … RETURNING * of several rows, in the order given. */
export function insertRowsReturning<T extends Table>(
  db: Kysely<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<Selectable<DB[T]>[]> {
  return insert(db, table, rows, true);
}

/** INSERT of several rows (or one), nothing returned. */
export async function insertRows<T extends Table>(
  db: Kysely<DB>,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  await insert(db, table, rows, false);
}
