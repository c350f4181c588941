import { Migrator, NO_MIGRATIONS as NO_MIGRATIONS_MARKER, type MigrationResult } from "kysely";
import type { Database } from "./connect.ts";
import { migrations } from "./migrations/index.ts";

export interface MigrationReport {
  applied: string[];
  error?: unknown;
}

function migratorFor(database: Database): Migrator {
  return new Migrator({
    db: database.db,
    migrationTableName: "sigap_migrations",
    migrationLockTableName: "sigap_migrations_lock",
    provider: {
      getMigrations: () =>
        Promise.resolve(
          Object.fromEntries(
            Object.entries(migrations).map(([name, m]) => [
              name,
              { up: (db) => m.up(db, database.dialect), down: (db) => m.down(db, database.dialect) },
            ]),
          ),
        ),
    },
  });
}

function report(results: MigrationResult[] | undefined, error: unknown): MigrationReport {
  const applied = (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
  return error === undefined ? { applied } : { applied, error };
}

/** Applies every pending migration. Throws if one fails (its transaction is rolled back). */
export async function migrateUp(database: Database): Promise<MigrationReport> {
  const { results, error } = await migratorFor(database).migrateToLatest();
  if (error) throw error;
  return report(results, error);
}

/** Reverts the latest migration (or all of them with `all`). */
export async function migrateDown(database: Database, all = false): Promise<MigrationReport> {
  const migrator = migratorFor(database);
  const { results, error } = all ? await migrator.migrateTo(NO_MIGRATIONS_MARKER) : await migrator.migrateDown();
  if (error) throw error;
  return report(results, error);
}

/** Names of applied and pending migrations. */
export async function migrationStatus(database: Database): Promise<{ name: string; applied: boolean }[]> {
  const list = await migratorFor(database).getMigrations();
  return list.map((m) => ({ name: m.name, applied: m.executedAt !== undefined }));
}
