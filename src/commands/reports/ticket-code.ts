import { localDateOf } from "../../core/calendar/zoned-time.ts";
import { formatTicketCode } from "../../core/settings.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import type { CommandContext } from "../context.ts";

/**
 * The next public ticket code, e.g. `DPS-CSIRT-2026-000123`: a per-year counter in the team's time
 * zone, incremented inside the caller's transaction so a number is never given twice or reused.
 */
export async function nextTicketCode(ctx: CommandContext, team: TeamContext): Promise<string> {
  const year = Number(localDateOf(ctx.now, team.calendar.timeZone).slice(0, 4));
  const scope = `${team.settings.tickets.prefix}:${year}`;
  const row = await ctx.db
    .insertInto("ticket_counters")
    .values({ scope, last_value: 1 })
    .onConflict((oc) =>
      oc.column("scope").doUpdateSet((eb) => ({ last_value: eb("ticket_counters.last_value", "+", 1) })),
    )
    .returning("last_value")
    .executeTakeFirstOrThrow();
  return formatTicketCode(team.settings.tickets, year, row.last_value);
}
