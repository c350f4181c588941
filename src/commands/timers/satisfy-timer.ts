import { conflict, invalid, notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { readTeamSettings } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { incidentResourceOf, loadVisibleIncident } from "../incidents/incident-access.ts";
import type { LegalTimerKind } from "./legal-timer-kinds.ts";
import { timerView, type TimerView } from "./timer-view.ts";

export interface SatisfyTimerInput {
  incidentId: number;
  kind: LegalTimerKind;
  /** What was sent, to whom and how: the record that the legal duty was met. */
  note: string;
}

/** Longest note kept. */
export const MAX_TIMER_NOTE = 2000;

/**
 * Records that the notice a legal timer stands for was sent (by an analyst or the lead): the timer
 * stops and the watcher leaves it alone. Met after the deadline, it is recorded as met late.
 */
export async function satisfyTimer(ctx: CommandContext, input: SatisfyTimerInput): Promise<TimerView> {
  const incident = await loadVisibleIncident(ctx, input.incidentId);
  const resource = await incidentResourceOf(ctx, incident);
  assertCan(ctx.actor, "incident.manage", resource);
  const note = input.note.trim();
  if (note === "" || note.length > MAX_TIMER_NOTE) throw invalid("timer.note_required", { max: MAX_TIMER_NOTE });
  const timer = await ctx.db
    .selectFrom("incident_timers")
    .selectAll()
    .where("incident_id", "=", input.incidentId)
    .where("kind", "=", input.kind)
    .executeTakeFirst();
  if (!timer) throw notFound("timer");
  const now = ctx.now.toISOString();
  const updated = await ctx.db
    .updateTable("incident_timers")
    .set({ satisfied_at: now, satisfied_note: note })
    .where("id", "=", timer.id)
    .where("satisfied_at", "is", null)
    .returningAll()
    .executeTakeFirst();
  if (!updated) {
    const at =
      timer.satisfied_at ??
      (await ctx.db.selectFrom("incident_timers").select("satisfied_at").where("id", "=", timer.id).executeTakeFirst())
        ?.satisfied_at;
    throw conflict("timer.already_satisfied", { at: at ?? "" });
  }
  await appendAudit(ctx, {
    action: "timer.satisfied",
    entityType: "incident",
    entityId: input.incidentId,
    detail: { kind: input.kind, timerId: timer.id, dueAt: timer.due_at, late: now > timer.due_at, note },
  });
  const settings = await readTeamSettings(ctx.db);
  return timerView(updated, ctx.now, settings.sla.warnShare);
}
