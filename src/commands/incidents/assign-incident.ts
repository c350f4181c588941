import { conflict } from "../../core/errors.ts";
import { partyRoleOf } from "../../core/workflow/transitions.ts";
import type { Incident, StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { requireActiveRun, requireStep } from "./complete-step.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { updateIncident } from "./incident-changes.ts";
import { requireAssignableUser } from "./workflow-lookups.ts";

const PARTY_COLUMN = { agency: "agency_org_id", developer: "developer_org_id", upstream: "upstream_org_id" } as const;

/** Makes an analyst (or the lead) the incident's assignee; `null` unassigns. The lead's call, audited. */
export async function assignIncident(
  ctx: CommandContext,
  input: { incidentId: number; userId: number | null },
): Promise<Incident> {
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.assign", { lock: true });
  if (incident.status === "closed") throw conflict("workflow.incident_closed");
  if (input.userId !== null) await requireAssignableUser(ctx, input.userId, ["csirt", "csirt_lead"], "userId");
  return updateIncident(ctx, incident, { assignee_user_id: input.userId }, "incident.assigned");
}

/**
 * Gives the active step to another owner: a user of one of the step's owner roles (or the lead).
 * For an outside party's step the user's organisation becomes the step's owning organisation, so
 * the lead can hand a step to another vendor or upstream CSIRT. Audited with before and after.
 */
export async function reassignStep(
  ctx: CommandContext,
  team: TeamContext,
  input: { incidentId: number; stepCode: string; userId: number },
): Promise<StepRun> {
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.assign", { lock: true });
  const step = requireStep(team, input.stepCode);
  const run = await requireActiveRun(ctx, incident, step);
  const user = await requireAssignableUser(ctx, input.userId, [...step.ownerRoles, "csirt_lead"], "userId");
  const party = partyRoleOf(step);
  const handedToPartner = party !== null && user.role !== "csirt_lead";
  const ownerOrgId = handedToPartner ? user.organisation_id : run.owner_org_id;
  if (handedToPartner && ownerOrgId !== run.owner_org_id) {
    // The incident's party changes with the step, so the new organisation sees the incident.
    await updateIncident(ctx, incident, { [PARTY_COLUMN[party]]: ownerOrgId }, "incident.updated", { step: step.code });
  }
  const updated = await ctx.db
    .updateTable("step_runs")
    .set({ owner_user_id: user.id, owner_org_id: ownerOrgId })
    .where("id", "=", run.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "step.reassigned",
    entityType: "incident",
    entityId: incident.id,
    before: { owner_user_id: run.owner_user_id, owner_org_id: run.owner_org_id },
    after: { owner_user_id: updated.owner_user_id, owner_org_id: updated.owner_org_id },
    detail: { step: step.code, runId: run.id },
  });
  return updated;
}
