import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { openDatabase } from "../../db/connect.ts";
import { migrateDown, migrateUp, migrationStatus } from "../../db/migrate.ts";

/** `sigap migrate [up|down|status]`. */
export function registerMigrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("Jalankan migrasi database / run database migrations")
    .argument("[direction]", "up (default), down (revert the latest), or status", "up")
    .option("--all", "with down: revert every migration (empties the database)")
    .action(async (direction: string, opts: { all?: boolean }) => {
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        if (direction === "up") {
          const { applied } = await migrateUp(database);
          console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
        } else if (direction === "down") {
          const { applied } = await migrateDown(database, opts.all === true);
          console.log(applied.length ? `Reverted: ${applied.join(", ")}` : "Nothing to revert.");
        } else if (direction === "status") {
          for (const m of await migrationStatus(database))
            console.log(`${m.applied ? "applied " : "pending "} ${m.name}`);
        } else {
          throw new Error(`unknown direction '${direction}' (use up, down or status)`);
        }
      } finally {
        await database.close();
      }
    });
}
