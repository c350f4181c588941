import type { Command } from "commander";
import { runCommand } from "../../commands/context.ts";
import { addHoliday } from "../../commands/holidays/add-holiday.ts";
import { ensureHolidaysSeeded } from "../../commands/holidays/ensure-holidays-seeded.ts";
import { HOLIDAY_KINDS, type TeamHolidayKind } from "../../commands/holidays/holiday-rules.ts";
import { listHolidays } from "../../commands/holidays/list-holidays.ts";
import { removeHoliday } from "../../commands/holidays/remove-holiday.ts";
import { queryContext } from "../../commands/query-context.ts";
import { cliActor, withDeps } from "../context.ts";

const isKind = (value: string): value is TeamHolidayKind => (HOLIDAY_KINDS as readonly string[]).includes(value);

/**
 * `sigap holidays list|add|remove`: the days off the business calendar skips. Each first gives an
 * empty calendar the shipped national holidays, as `sigap start` does, so that a day added before
 * the first start does not stand in for all of them.
 */
export function registerHolidayCommands(program: Command): void {
  const holidays = program.command("holidays").description("Hari libur tim / the team's holidays");

  holidays
    .command("list")
    .description("Daftar hari libur / list holidays")
    .option("-y, --year <year>", "only this year")
    .action(async (opts: { year?: string }) => {
      if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new Error(`not a year: '${opts.year}'`);
      await withDeps(async (deps) => {
        await ensureHolidaysSeeded(deps);
        const items = await listHolidays(queryContext(deps, cliActor()), {
          year: opts.year ? Number(opts.year) : undefined,
        });
        for (const h of items) console.log(`${h.date}\t${h.kind}\t${h.name}${h.provisional ? "\t(provisional)" : ""}`);
      });
    });

  holidays
    .command("add")
    .description("Tambah hari libur / add a holiday (steps started afterwards count around it)")
    .argument("<date>", "YYYY-MM-DD, local to the team")
    .argument("<name>", "what the day is")
    .option("-k, --kind <kind>", `one of: ${HOLIDAY_KINDS.join(", ")}`, "local")
    .action(async (date: string, name: string, opts: { kind: string }) => {
      if (!isKind(opts.kind)) throw new Error(`unknown kind '${opts.kind}' (use one of: ${HOLIDAY_KINDS.join(", ")})`);
      const kind = opts.kind;
      await withDeps(async (deps) => {
        await ensureHolidaysSeeded(deps);
        const holiday = await runCommand(deps, { actor: cliActor() }, (ctx) => addHoliday(ctx, { date, name, kind }));
        console.log(`Holiday added: ${holiday.date} (${holiday.kind}) ${holiday.name}`);
      });
    });

  holidays
    .command("remove")
    .description("Hapus hari libur / make a day a working day again")
    .argument("<date>", "YYYY-MM-DD")
    .action(async (date: string) => {
      await withDeps(async (deps) => {
        await ensureHolidaysSeeded(deps);
        await runCommand(deps, { actor: cliActor() }, (ctx) => removeHoliday(ctx, { date }));
        console.log(`Holiday removed: ${date}`);
      });
    });
}
