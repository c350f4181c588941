import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { Kysely, sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, SQLITE_CHECKPOINT_PAGES, type Database } from "../../../src/db/connect.ts";
import { GroupCommitSqliteDialect } from "../../../src/db/sqlite-group-commit.ts";

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

/*
 * The fsync of a group commit runs off the main thread (src/db/sqlite-wal-sync.ts): SQLite
 * commits without it, and the driver answers the batch's transactions only once the flush given
 * to it has returned — and fails them if it fails.
 */
describe("SQLite group commit with the WAL flushed after COMMIT", () => {
  let dir: string;
  let handle: SqliteDatabase.Database;
  let other: SqliteDatabase.Database;
  let db: Kysely<{ t: { v: string } }>;
  let flushes: { resolve(): void; reject(error: Error): void }[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), "sigap-walsync-"));
    handle = new SqliteDatabase(join(dir, "db.sqlite"));
    handle.pragma("journal_mode = WAL");
    handle.pragma("synchronous = NORMAL");
    handle.exec("create table t (v text not null)");
    other = new SqliteDatabase(join(dir, "db.sqlite"), { readonly: true });
    flushes = [];
    const syncWal = () => new Promise<void>((resolve, reject) => flushes.push({ resolve, reject }));
    db = new Kysely({ dialect: new GroupCommitSqliteDialect(handle, null, { syncWal }) });
  });
  afterEach(async () => {
    for (const f of flushes) f.resolve();
    other.close();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 1000 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 1));
    expect(condition()).toBe(true);
  };
  const count = () => (other.prepare("select count(*) as n from t").get() as { n: number }).n;

  it("answers a transaction only after the flush of its batch, and fails it when the flush fails", async () => {
    let answered = false;
    const first = db
      .transaction()
      .execute((trx) => trx.insertInto("t").values({ v: "a" }).execute())
      .then(() => {
        answered = true;
      });
    await until(() => flushes.length === 1);
    // Committed (another connection reads it) but not yet answered.
    expect(count()).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
    flushes[0]!.resolve();
    await first;
    expect(answered).toBe(true);

    const second = db.transaction().execute((trx) => trx.insertInto("t").values({ v: "b" }).execute());
    await until(() => flushes.length === 2);
    flushes[1]!.reject(new Error("the disk is gone"));
    await expect(second).rejects.toThrow("the disk is gone");

    // A write outside a transaction waits for the flush in the same way.
    let outsideAnswered = false;
    const outside = db
      .insertInto("t")
      .values({ v: "c" })
      .execute()
      .then(() => {
        outsideAnswered = true;
      });
    await until(() => flushes.length === 3);
    expect(outsideAnswered).toBe(false);
    flushes[2]!.resolve();
    await outside;
    expect(count()).toBe(3);
  });

  it("gathers what arrives during a flush into the next batch, committed once that flush is done", async () => {
    const insert = (v: string) => db.transaction().execute((trx) => trx.insertInto("t").values({ v }).execute());
    const first = insert("a");
    await until(() => flushes.length === 1);
    const later = [insert("b"), insert("c"), insert("d")];
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Run, but held in the open batch: not committed while the first batch's flush is running.
    expect(flushes).toHaveLength(1);
    expect(count()).toBe(1);
    flushes[0]!.resolve();
    await first;
    await until(() => flushes.length === 2);
    expect(count()).toBe(4);
    flushes[1]!.resolve();
    await Promise.all(later);
    expect(flushes).toHaveLength(2);
  });
});

describe("the SQLite WAL under sustained writes", () => {
  it("is copied back into the database and started again, so it stays near the checkpoint size", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sigap-wal-"));
    const path = join(dir, "db.sqlite");
    const database = openDatabase(`sqlite://${path}`);
    try {
      await sql`create table t (id integer primary key, v text not null)`.execute(database.db);
      const limit = SQLITE_CHECKPOINT_PAGES * 4096;
      // Three times the checkpoint size, in commits of about 1 MB.
      for (let round = 0; round < 48; round++) {
        await database.db.transaction().execute(async (trx) => {
          for (let i = 0; i < 250; i++) await sql`insert into t (v) values (${"w".repeat(4000)})`.execute(trx);
        });
      }
      expect(statSync(`${path}-wal`).size).toBeLessThan(limit * 1.25);
      expect(statSync(path).size).toBeGreaterThan(limit);
    } finally {
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
