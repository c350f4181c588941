import { assertReportWork, type ReportWork } from "../../core/reports/access.ts";
import type { Incident } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";
import { loadVisibleIncident } from "../incidents/incident-access.ts";
import type { QueryContext } from "../query-context.ts";

/**
 * Loads an incident whose evidence or observables the actor works with. The incident visibility
 * rule decides whether it exists for the actor (404 otherwise); on top of it these records stay
 * with the internal roles (partners: 404), and writing needs a role that does `work` (403).
 */
export async function loadIncidentForEvidence(
  ctx: QueryContext | CommandContext,
  incidentId: number,
  work: ReportWork,
): Promise<Incident> {
  assertReportWork(ctx.actor, "read", "incident");
  const incident = await loadVisibleIncident(ctx, incidentId);
  assertReportWork(ctx.actor, work, "incident");
  return incident;
}
