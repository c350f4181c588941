import { Command, CommanderError } from "commander";
import { AppError } from "../core/errors.ts";
import { registerAuditCommands } from "./commands/audit.ts";
import { registerBackupCommands } from "./commands/backup.ts";
import { registerMigrateCommand } from "./commands/migrate.ts";
import { registerStartCommand } from "./commands/start.ts";
import { registerTokenCommands } from "./commands/token.ts";
import { registerUserCommands } from "./commands/user.ts";
import { registerAssetCommands } from "./commands/assets.ts";
import { registerHolidayCommands } from "./commands/holidays.ts";
import { registerSettingsCommands } from "./commands/settings.ts";
import { registerSeedCommand } from "./commands/seed.ts";

const program = new Command()
  .name("sigap")
  .description("Sigap — pelaporan dan penanganan insiden siber / cyber-incident reporting and handling")
  .showHelpAfterError()
  .exitOverride();

registerStartCommand(program);
registerMigrateCommand(program);
registerUserCommands(program);
registerTokenCommands(program);
registerAuditCommands(program);
registerBackupCommands(program);
registerAssetCommands(program);
registerHolidayCommands(program);
registerSettingsCommands(program);
registerSeedCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) process.exit(error.exitCode);
  if (error instanceof AppError) {
    console.error(`sigap: ${error.localized("id")} / ${error.localized("en")}`);
    process.exit(2);
  }
  console.error(`sigap: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
