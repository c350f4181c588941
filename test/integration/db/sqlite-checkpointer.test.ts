import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SqliteDatabase from "better-sqlite3";
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../src/db/connect.ts";
import { startCheckpointer, type CheckpointResult } from "../../../src/db/sqlite-checkpointer.ts";

/*
 * SQLite's WAL is copied back into the database file by a worker thread (sqlite-checkpointer.ts),
 * not inside the server's commits. What the server relies on: the WAL is checkpointed while
 * commits come, the worker stops when the database closes, and if the worker cannot run SQLite
 * checkpoints by itself again, so the WAL never grows without end.
 */
describe("SQLite checkpoints off the main thread", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "sigap-checkpoint-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  /** A write connection as Sigap's, without SQLite's own checkpoints, and 4 MB of rows in its WAL. */
  function writerWithFullWal(path: string): SqliteDatabase.Database {
    const writer = new SqliteDatabase(path);
    writer.pragma("journal_mode = WAL");
    writer.pragma("wal_autocheckpoint = 0");
    writer.exec("create table t (id integer primary key, v text not null)");
    const insert = writer.prepare("insert into t (v) values (?)");
    writer.transaction(() => {
      for (let i = 0; i < 1000; i++) insert.run("x".repeat(4000));
    })();
    return writer;
  }

  it("copies the WAL into the database file from the worker after a commit", async () => {
    const path = join(dir, "db.sqlite");
    const writer = writerWithFullWal(path);
    const before = statSync(path).size;
    const checkpointer = startCheckpointer(path, () => {
      throw new Error("the worker failed");
    });
    const done = new Promise<CheckpointResult>((resolve) => (checkpointer.onCheckpoint = resolve));
    checkpointer.afterCommit();
    const result = await done;
    expect(result.log).toBeGreaterThan(1000);
    expect(result.checkpointed).toBe(result.log);
    expect(statSync(path).size).toBeGreaterThan(before + 4_000_000);
    await checkpointer.close();
    writer.close();
  });

  it("turns SQLite's own checkpoints back on when the worker cannot open the database", async () => {
    const fellBack = new Promise<void>((resolve) => {
      const checkpointer = startCheckpointer(join(dir, "no-such-folder", "db.sqlite"), resolve);
      checkpointer.afterCommit();
    });
    await expect(fellBack).resolves.toBeUndefined();
  });

  it("keeps a durable database's WAL checkpointed under commits, and closes cleanly", async () => {
    const path = join(dir, "sigap.db");
    const database = openDatabase(`sqlite://${path}`);
    await sql`create table t (id integer primary key, v text not null)`.execute(database.db);
    for (let round = 0; round < 10; round++) {
      await database.db.transaction().execute(async (trx) => {
        for (let i = 0; i < 100; i++) await sql`insert into t (v) values (${"y".repeat(4000)})`.execute(trx);
      });
    }
    // About a thousand pages were written: the checkpoints have copied most into the file.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(statSync(path).size).toBeGreaterThan(3_000_000);
    await database.close();
    const reopened = new SqliteDatabase(path, { readonly: true });
    expect(reopened.prepare("select count(*) as n from t").get()).toEqual({ n: 1000 });
    reopened.close();
  });
});
