import { sql } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { migrateDown, migrateUp, migrationStatus } from "../../../src/db/migrate.ts";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../helpers/databases.ts";

async function tableNames(db: TestDatabase): Promise<string[]> {
  const tables = await db.db.introspection.getTables();
  return tables
    .map((t) => t.name)
    .filter((n) => !n.startsWith("sigap_migrations"))
    .sort();
}

describe.each(DIALECTS)("migrations on %s", (dialect) => {
  let database: TestDatabase | undefined;
  afterEach(async () => database?.drop());

  it("go up, all the way down, and up again to the same schema", async () => {
    database = await createTestDatabase(dialect, { migrate: false });
    await migrateUp(database);
    const first = await tableNames(database);
    expect(first).toContain("users");
    expect(first).toContain("audit_events");
    expect((await migrationStatus(database)).every((m) => m.applied)).toBe(true);

    await migrateDown(database, true);
    expect(await tableNames(database)).toEqual([]);
    expect((await migrationStatus(database)).some((m) => m.applied)).toBe(false);

    await migrateUp(database);
    expect(await tableNames(database)).toEqual(first);
  });

  it("enforce foreign keys", async () => {
    database = await createTestDatabase(dialect);
    const now = new Date().toISOString();
    await expect(
      database.db
        .insertInto("users")
        .values({
          username: "x",
          display_name: "X",
          role: "agency",
          organisation_id: 999,
          password_hash: "h",
          created_at: now,
          updated_at: now,
        })
        .execute(),
    ).rejects.toThrow();
    const count = await database.db
      .selectFrom("users")
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});
