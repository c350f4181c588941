import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openDatabase, type Database, type DialectName } from "../../src/db/connect.ts";
import { migrateUp } from "../../src/db/migrate.ts";

/**
 * The databases every data-layer test runs on: SQLite always, PostgreSQL when the test command
 * provides SIGAP_TEST_PG_URL (scripts/test.sh starts a throwaway cluster). In CI a missing
 * PostgreSQL is an error, not a silent skip.
 */
export const DIALECTS: DialectName[] = process.env.SIGAP_TEST_PG_URL ? ["sqlite", "postgres"] : ["sqlite"];
if (!process.env.SIGAP_TEST_PG_URL && process.env.CI) {
  throw new Error("CI is set but SIGAP_TEST_PG_URL is not: run the tests with `npm test`.");
}

export interface TestDatabase extends Database {
  /** A URL another process can open to reach the same database. */
  url: string;
  /** Closes and deletes the database. */
  drop(): Promise<void>;
}

/** A fresh, empty database of the given dialect; migrated unless `migrate: false`. */
export async function createTestDatabase(
  dialect: DialectName,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  let url: string;
  let cleanup: () => Promise<void>;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "sigap-test-"));
    url = `sqlite://${join(dir, "sigap.db")}`;
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const adminUrl = process.env.SIGAP_TEST_PG_URL;
    if (!adminUrl) throw new Error("SIGAP_TEST_PG_URL is not set");
    const name = `sigap_t_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const parsed = new URL(adminUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    cleanup = async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const database = openDatabase(url, { sqliteSynchronous: "NORMAL", poolSize: 5 });
  if (options.migrate !== false) await migrateUp(database);
  let closed = false;
  return {
    ...database,
    url,
    close: async () => {
      if (!closed) await database.close();
      closed = true;
    },
    drop: async () => {
      if (!closed) await database.close();
      closed = true;
      await cleanup();
    },
  };
}
