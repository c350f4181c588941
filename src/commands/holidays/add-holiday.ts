import { isLocalDate } from "../../core/calendar/local-date.ts";
import { conflict, invalid } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { toTeamHoliday, type TeamHoliday, type TeamHolidayKind } from "./holiday-rules.ts";

export interface AddHolidayInput {
  /** Local date in the team's zone, `YYYY-MM-DD`. */
  date: string;
  name: string;
  kind?: TeamHolidayKind;
}

/**
 * Adds a day off to the team's calendar. Step runs started from now on count around it; due
 * times already set stay as they were promised. 409 when the day is already a holiday.
 */
export async function addHoliday(ctx: CommandContext, input: AddHolidayInput): Promise<TeamHoliday> {
  assertCan(ctx.actor, "settings.manage");
  if (!isLocalDate(input.date)) throw invalid("holiday.date_invalid", { date: input.date });
  const existing = await ctx.db.selectFrom("holidays").selectAll().where("date", "=", input.date).executeTakeFirst();
  if (existing) throw conflict("holiday.exists", { date: existing.date, name: existing.name });
  const row = {
    date: input.date,
    name: input.name.trim(),
    kind: input.kind ?? "local",
    created_at: ctx.now.toISOString(),
  };
  try {
    await ctx.db.insertInto("holidays").values(row).execute();
  } catch (error) {
    throw isUniqueViolation(error) ? conflict("holiday.exists", { date: row.date, name: row.name }) : error;
  }
  await appendAudit(ctx, {
    action: "holiday.add",
    entityType: "holiday",
    entityId: row.date,
    before: null,
    after: { date: row.date, name: row.name, kind: row.kind },
  });
  return toTeamHoliday(row);
}
