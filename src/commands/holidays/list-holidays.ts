import { AppError } from "../../core/errors.ts";
import type { QueryContext } from "../query-context.ts";
import { toTeamHoliday, type TeamHoliday } from "./holiday-rules.ts";

/** The team's days off, in date order, of one year or all. Every signed-in user may read them. */
export async function listHolidays(ctx: QueryContext, input: { year?: number } = {}): Promise<TeamHoliday[]> {
  if (ctx.actor.type === "public") throw new AppError("unauthenticated", "error.unauthenticated");
  let query = ctx.db.selectFrom("holidays").select(["date", "name", "kind"]);
  if (input.year !== undefined) {
    const year = String(input.year).padStart(4, "0");
    query = query.where("date", ">=", `${year}-01-01`).where("date", "<=", `${year}-12-31`);
  }
  const rows = await query.orderBy("date").execute();
  return rows.map(toTeamHoliday);
}
