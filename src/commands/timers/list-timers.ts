import { notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { isPartner } from "../../core/policies/scope.ts";
import { readTeamSettings } from "../../settings/team-settings.ts";
import type { QueryContext } from "../query-context.ts";
import { incidentResourceOf, loadVisibleIncident } from "../incidents/incident-access.ts";
import { timerView, type TimerView } from "./timer-view.ts";

/**
 * The legal timers of an incident, oldest first. Staff and leadership read them; they are the
 * CSIRT's own duties, so partners — even those who see the incident — get "not found".
 */
export async function listIncidentTimers(ctx: QueryContext, input: { incidentId: number }): Promise<TimerView[]> {
  const incident = await loadVisibleIncident(ctx, input.incidentId);
  const resource = await incidentResourceOf(ctx, incident);
  assertCan(ctx.actor, "incident.read", resource);
  if (ctx.actor.type === "user" && isPartner(ctx.actor)) throw notFound("incident");
  const settings = await readTeamSettings(ctx.db);
  const rows = await ctx.db
    .selectFrom("incident_timers")
    .selectAll()
    .where("incident_id", "=", input.incidentId)
    .orderBy("started_at")
    .orderBy("id")
    .execute();
  return rows.map((row) => timerView(row, ctx.now, settings.sla.warnShare));
}
