import { systemActor } from "../../core/actor.ts";
import { INDONESIAN_HOLIDAYS } from "../../core/calendar/holidays-id.ts";
import { appendAudit } from "../audit.ts";
import { runCommand, type CommandDeps } from "../context.ts";

/**
 * On start: when the team has no holidays at all, gives it the shipped Indonesian national
 * holidays and cuti bersama (2026 official, 2027 provisional), which the administrator then edits.
 * Safe when several processes start at once: a day already there is left alone. Returns how many
 * days were added.
 */
export async function ensureHolidaysSeeded(deps: CommandDeps): Promise<number> {
  const any = await deps.database.db.selectFrom("holidays").select("date").limit(1).executeTakeFirst();
  if (any) return 0;
  return runCommand(deps, { actor: systemActor("start") }, async (ctx) => {
    const now = ctx.now.toISOString();
    const days = new Map(INDONESIAN_HOLIDAYS.map((h) => [h.date, h]));
    let added = 0;
    for (const h of days.values()) {
      const result = await ctx.db
        .insertInto("holidays")
        .values({ date: h.date, name: h.name, kind: h.kind, created_at: now })
        .onConflict((oc) => oc.column("date").doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    if (added > 0) {
      await appendAudit(ctx, {
        action: "holiday.seed",
        entityType: "holiday",
        detail: { added, from: [...days.keys()][0], to: [...days.keys()].at(-1) },
      });
    }
    return added;
  });
}
