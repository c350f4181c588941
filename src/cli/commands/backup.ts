import type { Command } from "commander";
import { loadConfig } from "../../config.ts";
import { backupSqlite, restoreSqlite } from "../../backup/sqlite-backup.ts";
import { openDatabase } from "../../db/connect.ts";

const POSTGRES_ADVICE = [
  "This Sigap uses PostgreSQL: back it up with PostgreSQL's own tools, e.g.",
  '  pg_dump --format=custom --file=sigap-$(date +%F).dump "$SIGAP_DATABASE_URL"',
  "and restore into an empty database with",
  '  pg_restore --clean --if-exists --no-owner --dbname="$SIGAP_DATABASE_URL" sigap-YYYY-MM-DD.dump',
  "See docs/operations.md.",
].join("\n");

/** `sigap backup FILE` and `sigap restore FILE` (SQLite); PostgreSQL is pointed at pg_dump. */
export function registerBackupCommands(program: Command): void {
  program
    .command("backup")
    .description("Salin database secara konsisten saat berjalan / consistent online copy of the SQLite database")
    .argument("<file>", "the new backup file")
    .action(async (file: string) => {
      const database = openDatabase(loadConfig().databaseUrl);
      try {
        if (database.dialect !== "sqlite") {
          console.error(POSTGRES_ADVICE);
          process.exitCode = 2;
          return;
        }
        const { bytes } = await backupSqlite(database, file);
        console.log(`Backup written to ${file} (${bytes} bytes).`);
      } finally {
        await database.close();
      }
    });

  program
    .command("restore")
    .description(
      "Pulihkan database SQLite dari cadangan (server harus berhenti) / restore SQLite from a backup (stop the server first)",
    )
    .argument("<file>", "a file made by `sigap backup`")
    .action((file: string) => {
      const config = loadConfig();
      if (/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
        console.error(POSTGRES_ADVICE);
        process.exitCode = 2;
        return;
      }
      const dbPath = config.databaseUrl.replace(/^sqlite:\/\//, "");
      const { keptAs } = restoreSqlite(file, dbPath, new Date());
      console.log(`Restored ${dbPath} from ${file}.${keptAs ? ` The previous database is kept as ${keptAs}.` : ""}`);
    });
}
