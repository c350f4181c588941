import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/connect.ts";

/*
 * The SQLite driver commits transactions in groups (src/db/sqlite-group-commit.ts). What callers
 * rely on: once a transaction's promise resolves its rows are committed — another connection
 * sees them — a failing transaction undoes only itself, and statements outside transactions and
 * those that cannot run inside one still work while others are in flight.
 */
describe("SQLite group commit", () => {
  let dir: string;
  let database: Database;
  let other: SqliteDatabase.Database;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "sigap-group-"));
    database = openDatabase(`sqlite://${join(dir, "db.sqlite")}`);
    await sql`create table t (id integer primary key, v text not null unique)`.execute(database.db);
    other = new SqliteDatabase(join(dir, "db.sqlite"), { readonly: true });
  });
  afterEach(async () => {
    other.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const seenByOther = (v: string) => other.prepare("select count(*) as n from t where v = ?").get(v) as { n: number };
  const insert = (v: string) =>
    database.db.transaction().execute(async (trx) => {
      await sql`insert into t (v) values (${v})`.execute(trx);
      // Give the others a chance to queue up behind this one.
      await new Promise((resolve) => setImmediate(resolve));
      await sql`update t set v = ${`${v}!`} where v = ${v}`.execute(trx);
      return v;
    });

  it("commits every concurrent transaction before its promise resolves", async () => {
    const values = Array.from({ length: 50 }, (_, i) => `row-${i}`);
    await Promise.all(
      values.map(async (v) => {
        await insert(v);
        expect(seenByOther(`${v}!`).n).toBe(1);
      }),
    );
    expect((other.prepare("select count(*) as n from t").get() as { n: number }).n).toBe(50);
  });

  it("rolls back only the failing transaction of a group", async () => {
    const results = await Promise.allSettled([
      insert("a"),
      database.db.transaction().execute(async (trx) => {
        await sql`insert into t (v) values ('doomed')`.execute(trx);
        await sql`insert into t (v) values ('a!')`.execute(trx); // unique violation once "a" is in
      }),
      insert("b"),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const rows = other.prepare("select v from t order by v").all() as { v: string }[];
    expect(rows.map((r) => r.v)).toEqual(["a!", "b!"]);
  });

  it("makes a write outside a transaction durable before it returns, even while a group is open", async () => {
    const pending = insert("in-transaction");
    await database.db
      .insertInto("t" as never)
      .values({ v: "outside" } as never)
      .execute();
    expect(seenByOther("outside").n).toBe(1);
    await pending;
    expect(seenByOther("in-transaction!").n).toBe(1);
  });

  it("reads outside a transaction see committed rows only, without waiting for transactions", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const writing = database.db.transaction().execute(async (trx) => {
      await sql`insert into t (v) values ('pending')`.execute(trx);
      await held;
    });
    await new Promise((resolve) => setImmediate(resolve));
    // The transaction still holds the writer; a read goes ahead and does not see its row.
    const during = await sql<{ n: number }>`select count(*) as n from t where v = 'pending'`.execute(database.db);
    expect(during.rows[0]!.n).toBe(0);
    release();
    await writing;
    const after = await sql<{ n: number }>`select count(*) as n from t where v = 'pending'`.execute(database.db);
    expect(after.rows[0]!.n).toBe(1);
  });

  it("makes an INSERT … RETURNING outside a transaction durable before it returns", async () => {
    const pending = insert("first");
    const row = await sql<{ id: number }>`insert into t (v) values ('returned') returning id`.execute(database.db);
    expect(row.rows[0]!.id).toBeGreaterThan(0);
    expect(seenByOther("returned").n).toBe(1);
    await pending;
  });

  it("runs statements that need no open transaction (VACUUM INTO) while others are in flight", async () => {
    const target = join(dir, "copy.sqlite");
    const [, , copied] = await Promise.all([insert("x"), insert("y"), sql`vacuum into ${target}`.execute(database.db)]);
    expect(copied).toBeDefined();
    expect(existsSync(target)).toBe(true);
    const copy = new SqliteDatabase(target, { readonly: true });
    try {
      expect(copy.prepare("select count(*) as n from t").get()).toBeDefined();
    } finally {
      copy.close();
    }
    expect(seenByOther("x!").n + seenByOther("y!").n).toBe(2);
  });
});
