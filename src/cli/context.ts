import { userInfo } from "node:os";
import { loadConfig, type Config } from "../config.ts";
import { systemActor, type SystemActor } from "../core/actor.ts";
import { systemClock } from "../core/clock.ts";
import type { CommandDeps } from "../commands/context.ts";
import { openDatabase } from "../db/connect.ts";
import { migrateUp } from "../db/migrate.ts";

/** The operator at the machine, as the audit log records them. */
export function cliActor(): SystemActor {
  let name = "unknown";
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (containers): the label still says it came from the CLI.
  }
  return systemActor(`cli:${name}`);
}

/**
 * Opens the configured database (migrated), runs `fn`, and closes it whatever happens.
 * CLI commands that change data go through the same commands as the API, with the CLI actor.
 */
export async function withDeps<T>(fn: (deps: CommandDeps, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = openDatabase(config.databaseUrl);
  try {
    await migrateUp(database);
    return await fn({ database, clock: systemClock }, config);
  } finally {
    await database.close();
  }
}
