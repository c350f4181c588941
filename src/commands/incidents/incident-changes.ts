import type { Updateable } from "kysely";
import type { SopStep } from "../../core/sop/definition.ts";
import { ownerOrgForStep, partyRoleOf } from "../../core/workflow/transitions.ts";
import type { Incident, IncidentOutcome, IncidentsTable, StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { tellStepOwner } from "./notices.ts";
import { startStepRun } from "./step-runs.ts";

/*
 * The incident-level moves every workflow command shares: change fields with an audit of what
 * changed, start a step with its owner, close with an outcome.
 */

/** Updates the incident and audits the changed fields under `action`; returns the new row. */
export async function updateIncident(
  ctx: CommandContext,
  incident: Incident,
  changes: Updateable<IncidentsTable>,
  action: string,
  detail?: Record<string, unknown>,
): Promise<Incident> {
  const keys = Object.keys(changes) as (keyof Incident)[];
  if (keys.length === 0) return incident;
  const updated = await ctx.db
    .updateTable("incidents")
    .set({ ...changes, updated_at: ctx.now.toISOString() })
    .where("id", "=", incident.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const pick = (row: Incident) => Object.fromEntries(keys.map((k) => [k, row[k]]));
  await appendAudit(ctx, {
    action,
    entityType: "incident",
    entityId: incident.id,
    before: pick(incident),
    after: pick(updated),
    detail,
  });
  return updated;
}

/**
 * Starts `step` for the incident: due from the calendar (in `startStepRun`), owned by the
 * incident's agency, developer or upstream CSIRT when it is a partner step — who is told by e-mail —
 * and, for the CSIRT's steps, by the incident's assignee unless `ownerUserId` names someone else.
 */
export async function startStep(
  ctx: CommandContext,
  team: TeamContext,
  incident: Incident,
  step: SopStep,
  options: { ownerUserId?: number | null } = {},
): Promise<StepRun> {
  const ownerOrgId = ownerOrgForStep(step, {
    agencyOrgId: incident.agency_org_id,
    developerOrgId: incident.developer_org_id,
    upstreamOrgId: incident.upstream_org_id,
  });
  const run = await startStepRun(ctx, team, {
    incidentId: incident.id,
    step,
    ownerOrgId,
    ownerUserId: options.ownerUserId ?? defaultOwnerUser(incident, step),
  });
  if (ownerOrgId !== null && partyRoleOf(step) !== null)
    await tellStepOwner(ctx, incident, step, ownerOrgId, run.due_at);
  return run;
}

/** The incident's assignee owns the CSIRT's steps unless someone else is named. */
const defaultOwnerUser = (incident: Incident, step: SopStep): number | null =>
  step.ownerRoles.includes("csirt") || step.ownerRoles.includes("csirt_lead") ? incident.assignee_user_id : null;

/** Closes the incident with its outcome and reason. */
export async function closeIncident(
  ctx: CommandContext,
  incident: Incident,
  outcome: IncidentOutcome,
  reason: string | null,
): Promise<Incident> {
  return updateIncident(
    ctx,
    incident,
    { status: "closed", outcome, closed_at: ctx.now.toISOString(), close_reason: reason },
    "incident.closed",
  );
}
