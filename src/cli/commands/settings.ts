import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { runCommand } from "../../commands/context.ts";
import { getTeamSettings } from "../../commands/settings/get-settings.ts";
import { updateTeamSettings } from "../../commands/settings/update-settings.ts";
import { queryContext } from "../../commands/query-context.ts";
import { cliActor, withDeps } from "../context.ts";
import { withProblemsPrinted } from "../print-problems.ts";

/** A value as typed: JSON when it reads as JSON (`15`, `true`, `[1,2]`, `null`), otherwise the text itself. */
function parseValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** `calendar.closeOfBusiness` + `15:00` → `{ calendar: { closeOfBusiness: "15:00" } }`. */
function patchFor(key: string, value: unknown): Record<string, unknown> {
  const [section, field, ...rest] = key.split(".");
  if (!section || rest.length > 0)
    throw new Error(`use a key like 'calendar.closeOfBusiness' or 'sopDefinitionFile', not '${key}'`);
  return field === undefined ? { [section]: value } : { [section]: { [field]: value } };
}

/** `sigap settings show|set|apply`: the team's settings, changed through the same checks as the API. */
export function registerSettingsCommands(program: Command): void {
  const settings = program.command("settings").description("Pengaturan tim / the team's settings");

  settings
    .command("show")
    .description("Tampilkan pengaturan (JSON) / print the settings as JSON")
    .action(async () => {
      await withDeps(async (deps) => {
        console.log(JSON.stringify(await getTeamSettings(queryContext(deps, cliActor())), null, 2));
      });
    });

  settings
    .command("set")
    .description(
      "Ubah satu pengaturan / change one setting, e.g. `set calendar.closeOfBusiness 15:00`; `null` restores the default",
    )
    .argument("<key>", "section.field, e.g. calendar.timeZone, tickets.prefix, sopDefinitionFile")
    .argument("<value>", "the new value (JSON for numbers, lists, true/false, null)")
    .action(async (key: string, value: string) => {
      const patch = patchFor(key, parseValue(value));
      await withDeps(async (deps) => {
        await withProblemsPrinted(() =>
          runCommand(deps, { actor: cliActor() }, (ctx) => updateTeamSettings(ctx, patch)),
        );
        console.log(`Setting '${key}' saved.`);
      });
    });

  settings
    .command("apply")
    .description(
      "Terapkan perubahan dari berkas JSON / apply a partial settings document from a JSON file ('-' for standard input)",
    )
    .argument("<file>", 'JSON file, e.g. {"profile": {"phone": "0361 …"}}')
    .action(async (file: string) => {
      const text = readFileSync(file === "-" ? 0 : file, "utf8");
      let patch: unknown;
      try {
        patch = JSON.parse(text);
      } catch (error) {
        throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      await withDeps(async (deps) => {
        await withProblemsPrinted(() =>
          runCommand(deps, { actor: cliActor() }, (ctx) => updateTeamSettings(ctx, patch)),
        );
        console.log("Settings saved.");
      });
    });
}
