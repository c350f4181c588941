import { isLocalDate } from "../../core/calendar/local-date.ts";
import { invalid, notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";

/** Makes a day a working day again (for steps started from now on); 404 when it is not a holiday. */
export async function removeHoliday(ctx: CommandContext, input: { date: string }): Promise<void> {
  assertCan(ctx.actor, "settings.manage");
  if (!isLocalDate(input.date)) throw invalid("holiday.date_invalid", { date: input.date });
  const row = await ctx.db.selectFrom("holidays").selectAll().where("date", "=", input.date).executeTakeFirst();
  if (!row) throw notFound("holiday");
  await ctx.db.deleteFrom("holidays").where("date", "=", row.date).execute();
  await appendAudit(ctx, {
    action: "holiday.remove",
    entityType: "holiday",
    entityId: row.date,
    before: { date: row.date, name: row.name, kind: row.kind },
    after: null,
  });
}
