import { invalid } from "../../core/errors.ts";
import { stepByCode } from "../../core/sop/definition.ts";
import { reporterStatusOf } from "../../core/workflow/reporter-status.ts";
import { canReopenTo } from "../../core/workflow/transitions.ts";
import type { Incident, StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { requireStep } from "./complete-step.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { startStep, updateIncident } from "./incident-changes.ts";
import { tellReporters } from "./notices.ts";
import { activeStepRun } from "./step-runs.ts";

export interface ReopenIncidentInput {
  incidentId: number;
  /** The step to take the incident back to; a step it has already reached, not the first. */
  toStepCode: string;
  reason: string;
}

/**
 * Takes an incident back to an earlier step (or reopens a closed one): the runs from that step on
 * are marked `reopened` — their records stay, superseded — and a new iteration of the step
 * starts with a fresh due time. Only the lead; audited with the reason. Reporters of a closed
 * incident hear that it is open again.
 */
export async function reopenIncident(
  ctx: CommandContext,
  team: TeamContext,
  input: ReopenIncidentInput,
): Promise<{ incident: Incident; run: StepRun }> {
  const reason = input.reason.trim();
  if (!reason) throw invalid("error.validation_failed", {}, [{ path: "reason" }]);
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.reopen", { lock: true });
  const step = requireStep(team, input.toStepCode);
  if (!canReopenTo(team.sop, step.code, incident.current_step)) {
    throw invalid("workflow.reopen_target", { step: step.code }, [{ path: "toStepCode" }]);
  }
  const active = await activeStepRun(ctx, incident.id);
  const superseded = await ctx.db
    .updateTable("step_runs")
    .set({ status: "reopened" })
    .where("incident_id", "=", incident.id)
    .where("status", "in", ["active", "done"])
    .where("step_number", ">=", step.number)
    .returning(["id", "step_code", "iteration"])
    .execute();

  const verify = stepByCode(team.sop, "verify");
  const reverify = verify !== undefined && step.number <= verify.number;
  const wasClosed = incident.status === "closed";
  let updated = await updateIncident(
    ctx,
    incident,
    {
      ...(wasClosed ? { status: "open" as const, outcome: null, closed_at: null, close_reason: null } : {}),
      // A verdict that is to be made again no longer stands.
      ...(reverify ? { disposition: null } : {}),
    },
    "incident.updated",
  );
  await appendAudit(ctx, {
    action: "incident.reopened",
    entityType: "incident",
    entityId: incident.id,
    detail: {
      toStep: step.code,
      reason,
      wasClosed,
      previousActiveStep: active?.step_code ?? null,
      supersededRuns: superseded.map((r) => ({ id: r.id, step: r.step_code, iteration: r.iteration })),
    },
  });
  const run = await startStep(ctx, team, updated, step);
  updated = await ctx.db.selectFrom("incidents").selectAll().where("id", "=", incident.id).executeTakeFirstOrThrow();
  if (wasClosed) {
    await tellReporters(ctx, updated, reporterStatusOf({ status: "open", outcome: null, activeStepCode: step.code }));
  }
  return { incident: updated, run };
}
