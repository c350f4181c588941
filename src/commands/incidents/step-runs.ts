import { dueAt } from "../../core/calendar/due-at.ts";
import { warnAt } from "../../core/calendar/warn-at.ts";
import { actorLabel } from "../../core/actor.ts";
import type { SopStep } from "../../core/sop/definition.ts";
import type { StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { insertRow, insertRowsReturning } from "../../db/insert-rows.ts";

export interface StartStepInput {
  incidentId: number;
  step: SopStep;
  /** When the step's clock starts; default now. */
  startedAt?: Date;
  ownerUserId?: number | null;
  ownerOrgId?: number | null;
}

/**
 * Starts a run of an SOP step: its due time from the step's time standard through the team's
 * business calendar, and when its owner is to be warned. A step run again after a reopen gets the
 * next iteration number.
 */
export async function startStepRun(ctx: CommandContext, team: TeamContext, input: StartStepInput): Promise<StepRun> {
  const previous = await ctx.db
    .selectFrom("step_runs")
    .select((eb) => eb.fn.max("iteration").as("iteration"))
    .where("incident_id", "=", input.incidentId)
    .where("step_number", "=", input.step.number)
    .executeTakeFirst();
  const run = await insertRow(
    ctx.db,
    "step_runs",
    activeRunValues(ctx, team, input, Number(previous?.iteration ?? 0) + 1),
  );
  await ctx.db
    .updateTable("incidents")
    .set({ current_step: input.step.number, updated_at: ctx.now.toISOString() })
    .where("id", "=", input.incidentId)
    .execute();
  await auditStarted(ctx, run);
  return run;
}

/** The row of a new active run: its due time from the step's time standard through the calendar. */
function activeRunValues(ctx: CommandContext, team: TeamContext, input: StartStepInput, iteration: number) {
  const startedAt = input.startedAt ?? ctx.now;
  const due = dueAt(startedAt, input.step.timeStandard, team.calendar);
  const warn = warnAt(startedAt, due, input.step.timeStandard, team.calendar, team.settings.sla.warnShare);
  return {
    incident_id: input.incidentId,
    step_number: input.step.number,
    step_code: input.step.code,
    iteration,
    status: "active" as const,
    owner_role: input.step.ownerRoles[0] ?? "csirt",
    owner_user_id: input.ownerUserId ?? null,
    owner_org_id: input.ownerOrgId ?? null,
    started_at: startedAt.toISOString(),
    due_at: due.toISOString(),
    warn_at: warn.toISOString(),
  };
}

async function auditStarted(ctx: CommandContext, run: StepRun): Promise<void> {
  await appendAudit(ctx, {
    action: "step.started",
    entityType: "incident",
    entityId: run.incident_id,
    detail: { step: run.step_number, code: run.step_code, iteration: run.iteration, dueAt: run.due_at },
  });
}

/** What completing a run sets, by the acting user (or the label given). */
function completion(ctx: CommandContext, input: Omit<CompleteStepInput, "run">) {
  const actor = ctx.actor;
  return {
    status: "done" as const,
    completed_at: ctx.now.toISOString(),
    completed_by_user_id: actor.type === "user" ? actor.id : null,
    completed_by_label: input.completedByLabel ?? actorLabel(actor),
    on_behalf_of: input.onBehalfOf ?? null,
    output: JSON.stringify(input.output ?? null),
  };
}

async function auditCompleted(ctx: CommandContext, completed: StepRun, onBehalfOf: string | null | undefined) {
  await appendAudit(ctx, {
    action: "step.completed",
    entityType: "incident",
    entityId: completed.incident_id,
    detail: {
      step: completed.step_number,
      code: completed.step_code,
      late: completed.completed_at! > completed.due_at,
      ...(onBehalfOf ? { onBehalfOf } : {}),
    },
  });
}

export interface OpeningRunsInput {
  incidentId: number;
  /** The SOP's first step, done at once (its clock started at `receivedAt`), and the step after it, started. */
  first: SopStep;
  next: SopStep | null;
  receivedAt: Date;
  output: unknown;
  completedByLabel?: string;
}

/**
 * The step runs of a case just opened, in one statement: the first step done (by the acting user
 * or the label given) and the next one started, first iterations both. The same rows and audit
 * events as starting and completing the first step and starting the next one, one by one; the
 * incident's current step is set by the caller when it inserts the incident.
 */
export async function insertOpeningRuns(
  ctx: CommandContext,
  team: TeamContext,
  input: OpeningRunsInput,
): Promise<{ done: StepRun; active: StepRun | null }> {
  const done = {
    ...activeRunValues(ctx, team, { incidentId: input.incidentId, step: input.first, startedAt: input.receivedAt }, 1),
    ...completion(ctx, input),
  };
  const rows = [
    done,
    ...(input.next ? [activeRunValues(ctx, team, { incidentId: input.incidentId, step: input.next }, 1)] : []),
  ];
  const runs = await insertRowsReturning(ctx.db, "step_runs", rows);
  const doneRun = runs.find((r) => r.step_number === input.first.number);
  if (!doneRun) throw new Error(`opening runs of incident ${input.incidentId} were not inserted`);
  const active = input.next ? (runs.find((r) => r.step_number === input.next!.number) ?? null) : null;
  await auditStarted(ctx, doneRun);
  await auditCompleted(ctx, doneRun, null);
  if (active) await auditStarted(ctx, active);
  return { done: doneRun, active };
}

export interface CompleteStepInput {
  run: StepRun;
  output: unknown;
  /** Set when the lead records the step for an outside party. */
  onBehalfOf?: string | null;
  /** Who is recorded as having done it, when not the acting user (e.g. automatic intake). */
  completedByLabel?: string;
}

/** Marks a step run done with its typed output, by the acting user. */
export async function completeStepRun(ctx: CommandContext, input: CompleteStepInput): Promise<StepRun> {
  const completed = await ctx.db
    .updateTable("step_runs")
    .set(completion(ctx, input))
    .where("id", "=", input.run.id)
    .where("status", "=", "active")
    .returningAll()
    .executeTakeFirst();
  if (!completed) throw new Error(`step run ${input.run.id} is not active`);
  await auditCompleted(ctx, completed, input.onBehalfOf);
  return completed;
}

/** The active run of an incident, if any (there is at most one). */
export async function activeStepRun(ctx: Pick<CommandContext, "db">, incidentId: number): Promise<StepRun | undefined> {
  return ctx.db
    .selectFrom("step_runs")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where("status", "=", "active")
    .executeTakeFirst();
}
