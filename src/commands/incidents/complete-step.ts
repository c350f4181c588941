import { AppError, conflict, forbidden, invalid } from "../../core/errors.ts";
import { translate, type MessageKey } from "../../core/i18n/messages.ts";
import { stepAuthority } from "../../core/policies/incident.ts";
import { stepByCode, type SopStep } from "../../core/sop/definition.ts";
import { isSopStepCode, type SopStepCode } from "../../core/sop/step-codes.ts";
import { reporterStatusOf } from "../../core/workflow/reporter-status.ts";
import { parseStepOutput, type StepOutputIssue } from "../../core/workflow/step-outputs.ts";
import { resultOfStep } from "../../core/workflow/transitions.ts";
import type { Incident, StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { closeIncident, startStep, updateIncident } from "./incident-changes.ts";
import { tellReporters } from "./notices.ts";
import { applyStepEffect } from "./step-effects/index.ts";
import { activeStepRun, completeStepRun } from "./step-runs.ts";

export interface CompleteStepInput {
  incidentId: number;
  stepCode: string;
  /** The step's output; validated against the step's schema (src/core/workflow/step-outputs.ts). */
  output: unknown;
  /** Set by the CSIRT lead recording an outside party's step: who it is recorded for. */
  onBehalfOf?: string | null;
}

export interface CompleteStepResult {
  incident: Incident;
  completed: StepRun;
  /** The run of the step that started next; null when the incident closed. */
  next: StepRun | null;
}

/** The step of the team's SOP with this code, or 400. */
export function requireStep(team: TeamContext, code: string): SopStep {
  const step = isSopStepCode(code) ? stepByCode(team.sop, code) : undefined;
  if (!step) throw invalid("workflow.unknown_step", { step: code }, [{ path: "stepCode" }]);
  return step;
}

/** The incident's active run, if it is a run of `step`; else 409 (steps go in the SOP's order). */
export async function requireActiveRun(ctx: CommandContext, incident: Incident, step: SopStep): Promise<StepRun> {
  if (incident.status === "closed") throw conflict("workflow.incident_closed");
  const run = await activeStepRun(ctx, incident.id);
  if (!run || run.step_code !== step.code) {
    throw conflict("workflow.step_not_active", { step: step.code, active: run?.step_code ?? "-" });
  }
  return run;
}

/**
 * Completes the incident's active step with its typed output: only that step, only by its owners
 * (partners only for their own organisation's incident; the lead for anyone, on their behalf when
 * the step is an outside party's). Then the next step starts — or the incident closes: invalid or
 * transferred at verification, resolved after the last step — and reporters hear of the new status.
 */
export async function completeStep(
  ctx: CommandContext,
  team: TeamContext,
  input: CompleteStepInput,
): Promise<CompleteStepResult> {
  const incident = await loadIncidentFor(ctx, input.incidentId, "incident.step", { lock: true });
  const step = requireStep(team, input.stepCode);
  const run = await requireActiveRun(ctx, incident, step);
  const onBehalfOf = input.onBehalfOf?.trim() || null;
  switch (stepAuthority(ctx.actor, { ownerRoles: step.ownerRoles, ownerOrgId: run.owner_org_id }, { onBehalfOf })) {
    case "allow":
      break;
    case "forbidden":
      throw forbidden();
    case "on_behalf_required":
      throw invalid("workflow.on_behalf_required", {}, [{ path: "onBehalfOf" }]);
    case "on_behalf_not_allowed":
      throw new AppError("forbidden", "workflow.on_behalf_not_allowed");
  }
  return recordStep(ctx, team, { incident, step, run, output: input.output, onBehalfOf });
}

export interface RecordStepInput {
  incident: Incident;
  step: SopStep;
  run: StepRun;
  output: unknown;
  onBehalfOf?: string | null;
  completedByLabel?: string;
}

/**
 * The part of completing a step that follows the authority check (shared with signed links):
 * validate, write the step's records, complete the run, move the incident on, tell reporters.
 */
export async function recordStep(
  ctx: CommandContext,
  team: TeamContext,
  input: RecordStepInput,
): Promise<CompleteStepResult> {
  const { step, run } = input;
  const code = step.code as SopStepCode;
  const parsed = parseStepOutput(code, input.output);
  if (!parsed.ok) throw stepOutputError(code, parsed.issues);
  const effect = await applyStepEffect(code, { ctx, team, incident: input.incident, step, run, output: parsed.value });
  const completed = await completeStepRun(ctx, {
    run,
    output: effect.stored,
    onBehalfOf: input.onBehalfOf,
    completedByLabel: input.completedByLabel,
  });
  let incident = await updateIncident(ctx, input.incident, effect.incident ?? {}, "incident.updated", { step: code });
  const statusBefore = reporterStatusOf({ status: "open", outcome: null, activeStepCode: code });

  const result = resultOfStep(team.sop, step, parsed.value);
  let next: StepRun | null = null;
  if (result.kind === "close") {
    incident = await closeIncident(ctx, incident, result.outcome, result.reason);
  } else {
    next = await startStep(ctx, team, incident, result.next, { ownerUserId: effect.nextOwnerUserId });
    incident = await ctx.db.selectFrom("incidents").selectAll().where("id", "=", incident.id).executeTakeFirstOrThrow();
  }
  const statusAfter = reporterStatusOf({
    status: incident.status,
    outcome: incident.outcome,
    activeStepCode: next ? (next.step_code as SopStepCode) : null,
  });
  if (statusAfter !== statusBefore) {
    // The reporter is told why an invalid or transferred report was closed, nothing else internal.
    const reason = result.kind === "close" && result.outcome !== "resolved" ? result.reason : null;
    await tellReporters(ctx, incident, statusAfter, reason);
  }
  return { incident, completed, next };
}

/** Issue messages that are message keys: the first one becomes the error's own message. */
const ISSUE_KEYS = new Set<string>([
  "workflow.reason_required",
  "workflow.disposition_required",
  "workflow.disposition_mismatch",
  "workflow.assessment_required",
  "workflow.other_needs_description",
  "workflow.escalation_required",
  "workflow.cannot_reason_required",
  "workflow.duplicate_reply",
]);

/** A 400 naming the step and each problem (path under `output.`), in the user's language where known. */
export function stepOutputError(code: SopStepCode, issues: StepOutputIssue[]): AppError {
  const keyed = issues.find((i) => ISSUE_KEYS.has(i.message));
  const details = issues.map((i) => ({
    path: i.path ? `output.${i.path}` : "output",
    message: ISSUE_KEYS.has(i.message) ? translate("en", i.message as MessageKey) : i.message,
    ...(ISSUE_KEYS.has(i.message) ? { code: i.message } : {}),
  }));
  return keyed
    ? new AppError("validation_failed", keyed.message as MessageKey, { step: code }, details)
    : new AppError("validation_failed", "workflow.output_invalid", { step: code }, details);
}
