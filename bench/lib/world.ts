import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CommandDeps } from "../../src/commands/context.ts";
import { runCommand } from "../../src/commands/context.ts";
import { ensureHolidaysSeeded } from "../../src/commands/holidays/ensure-holidays-seeded.ts";
import { createUser } from "../../src/commands/users/create-user.ts";
import type { UserActor } from "../../src/core/actor.ts";
import { FakeClock } from "../../src/core/clock.ts";
import type { Role } from "../../src/core/roles.ts";
import { openDatabase, type Database, type DialectName } from "../../src/db/connect.ts";
import { migrateUp } from "../../src/db/migrate.ts";
import { SEED_ACTOR, seedRegistry, type SeededRegistry } from "../../src/seed/seed-registry.ts";
import { readTeamContext, type TeamContext } from "../../src/settings/team-settings.ts";
import { startBenchPostgres } from "./postgres.ts";
import { actorForUser } from "../../src/commands/users/user-actor.ts";

/*
 * A database for a read benchmark: migrated, with the demo registry (through the real commands),
 * ready for bulk-data.ts to fill, and the actors whose queries are timed.
 */

export interface BenchWorld {
  dialect: DialectName;
  /** What the bulk loader opens. */
  loadUrl: string;
  /** The server version, for the record. */
  version: string;
  registry: SeededRegistry;
  team: TeamContext;
  /** The database as the application opens it (reopened after the load). */
  database: Database;
  actor(role: Role, organisationId?: number | null): Promise<UserActor>;
  /** Closes the application's connection (before the load) and opens it again (after). */
  reopen(): Promise<void>;
  close(): Promise<void>;
}

/** A migrated database of `dialect` with the demo registry; `until` is the data's "now". */
export async function createBenchWorld(
  dialect: DialectName,
  name: string,
  until: Date,
  spanDays: number,
): Promise<BenchWorld> {
  let url: string;
  let loadUrl: string;
  let version: string;
  let cleanup: () => Promise<void>;
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), `sigap-bench-${name}-`));
    loadUrl = join(dir, "sigap.db");
    url = `sqlite://${loadUrl}`;
    version = "";
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const pg = await startBenchPostgres(`sigap_bench_${name}`);
    url = pg.url;
    loadUrl = pg.url;
    version = pg.version;
    cleanup = pg.stop;
  }
  let database = openDatabase(url);
  await migrateUp(database);
  const deps = (): CommandDeps => ({
    database,
    clock: new FakeClock(new Date(until.getTime() - spanDays * 86_400_000)),
  });
  await ensureHolidaysSeeded(deps());
  const registry = await seedRegistry(deps(), { seed: 1 });
  const team = await readTeamContext(database.db);
  let users = 0;
  return {
    dialect,
    loadUrl,
    version,
    registry,
    team,
    get database() {
      return database;
    },
    async actor(role, organisationId = null) {
      const { user } = await runCommand(deps(), { actor: SEED_ACTOR }, (ctx) =>
        createUser(ctx, {
          username: `bench-${role.replace("_", "-")}-${++users}`,
          displayName: `Bench ${role}`,
          role,
          organisationId,
          password: "bench-password-123",
        }),
      );
      return actorForUser(user, "session");
    },
    async reopen() {
      await database.close();
      database = openDatabase(url);
    },
    async close() {
      await database.close();
      await cleanup();
    },
  };
}
