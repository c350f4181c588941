import { dueAt } from "../../core/calendar/due-at.ts";
import { warnAt } from "../../core/calendar/warn-at.ts";
import { actorLabel } from "../../core/actor.ts";
import type { SopStep } from "../../core/sop/definition.ts";
import type { StepRun } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";

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
  const startedAt = input.startedAt ?? ctx.now;
  const due = dueAt(startedAt, input.step.timeStandard, team.calendar);
  const warn = warnAt(startedAt, due, input.step.timeStandard, team.calendar, team.settings.sla.warnShare);
  const previous = await ctx.db
    .selectFrom("step_runs")
    .select((eb) => eb.fn.max("iteration").as("iteration"))
    .where("incident_id", "=", input.incidentId)
    .where("step_number", "=", input.step.number)
    .executeTakeFirst();
  const run = await ctx.db
    .insertInto("step_runs")
    .values({
      incident_id: input.incidentId,
      step_number: input.step.number,
      step_code: input.step.code,
      iteration: Number(previous?.iteration ?? 0) + 1,
      status: "active",
      owner_role: input.step.ownerRoles[0] ?? "csirt",
      owner_user_id: input.ownerUserId ?? null,
      owner_org_id: input.ownerOrgId ?? null,
      started_at: startedAt.toISOString(),
      due_at: due.toISOString(),
      warn_at: warn.toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await ctx.db
    .updateTable("incidents")
    .set({ current_step: input.step.number, updated_at: ctx.now.toISOString() })
    .where("id", "=", input.incidentId)
    .execute();
  await appendAudit(ctx, {
    action: "step.started",
    entityType: "incident",
    entityId: input.incidentId,
    detail: { step: input.step.number, code: input.step.code, iteration: run.iteration, dueAt: run.due_at },
  });
  return run;
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
  const actor = ctx.actor;
  const completed = await ctx.db
    .updateTable("step_runs")
    .set({
      status: "done",
      completed_at: ctx.now.toISOString(),
      completed_by_user_id: actor.type === "user" ? actor.id : null,
      completed_by_label: input.completedByLabel ?? actorLabel(actor),
      on_behalf_of: input.onBehalfOf ?? null,
      output: JSON.stringify(input.output ?? null),
    })
    .where("id", "=", input.run.id)
    .where("status", "=", "active")
    .returningAll()
    .executeTakeFirst();
  if (!completed) throw new Error(`step run ${input.run.id} is not active`);
  await appendAudit(ctx, {
    action: "step.completed",
    entityType: "incident",
    entityId: input.run.incident_id,
    detail: {
      step: input.run.step_number,
      code: input.run.step_code,
      late: completed.completed_at! > completed.due_at,
      ...(input.onBehalfOf ? { onBehalfOf: input.onBehalfOf } : {}),
    },
  });
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
