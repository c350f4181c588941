import { systemActor } from "../../core/actor.ts";
import { stepByCode, isSopStepCode } from "../../core/sop/definition.ts";
import type { Incident, StepRun } from "../../db/schema.ts";
import { readTeamContext, type TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import { runCommand, type CommandContext, type CommandDeps } from "../context.ts";
import { enqueueOutbox } from "../outbox.ts";
import { localTimeText } from "./local-time.ts";
import { leadRecipients, stepOwnerRecipients, type Recipient } from "./recipients.ts";

/*
 * The SLA watcher's work on SOP steps. All of its state is in the step-run rows (`warned_at`,
 * `late_at`) and the outbox's dedupe keys, so it can run any number of times, in any number of
 * processes, across restarts: each warning and each late notice is recorded once.
 */

/** What one pass did. */
export interface WatchResult {
  warned: number;
  late: number;
}

export interface WatchOptions {
  /** Runs looked at per pass (each kind); the rest wait for the next pass. Default 500. */
  limit?: number;
  /** Stops between runs when aborted (the job lost its lease). */
  signal?: AbortSignal;
}

const WATCHER = systemActor("sla-watcher");

/**
 * One pass over the active step runs: every run whose warning time has come and whose owner has not
 * been warned gets one warning per owner address (`sla.warning`), and every run past its due time
 * not yet marked late is marked late and its lead(s) told once (`sla.late`, dedupe key
 * `sla-late:<run>:<address>`). Each run is handled in its own transaction, audited as the system.
 */
export async function runSlaWatch(deps: CommandDeps, options: WatchOptions = {}): Promise<WatchResult> {
  const limit = options.limit ?? 500;
  const now = deps.clock.now().toISOString();
  const db = deps.database.db;
  const toWarn = await db
    .selectFrom("step_runs")
    .select("id")
    .where("status", "=", "active")
    .where("warned_at", "is", null)
    .where("warn_at", "<=", now)
    .orderBy("warn_at")
    .limit(limit)
    .execute();
  const toMarkLate = await db
    .selectFrom("step_runs")
    .select("id")
    .where("status", "=", "active")
    .where("late_at", "is", null)
    .where("due_at", "<", now)
    .orderBy("due_at")
    .limit(limit)
    .execute();
  const ids = [...new Set([...toWarn, ...toMarkLate].map((r) => r.id))].sort((a, b) => a - b);
  const result: WatchResult = { warned: 0, late: 0 };
  if (ids.length === 0) return result;
  const team = await readTeamContext(db);
  const failures: unknown[] = [];
  for (const id of ids) {
    if (options.signal?.aborted) break;
    try {
      const done = await runCommand(deps, { actor: WATCHER }, (ctx) => watchRun(ctx, team, id));
      result.warned += done.warned;
      result.late += done.late;
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, `SLA watcher: ${failures.length} step run(s) failed`);
  return result;
}

async function watchRun(ctx: CommandContext, team: TeamContext, id: number): Promise<WatchResult> {
  const now = ctx.now.toISOString();
  const done: WatchResult = { warned: 0, late: 0 };
  const run = await ctx.db
    .selectFrom("step_runs")
    .selectAll()
    .where("id", "=", id)
    .where("status", "=", "active")
    .executeTakeFirst();
  if (!run) return done;
  const incident = await ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", run.incident_id)
    .executeTakeFirstOrThrow();

  if (run.warned_at === null && run.warn_at <= now) {
    // The conditional update is the claim: of two watchers at once, only one changes the row.
    const claimed = await ctx.db
      .updateTable("step_runs")
      .set({ warned_at: now })
      .where("id", "=", run.id)
      .where("warned_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) > 0) {
      const { recipients, fallback } = await stepOwnerRecipients(ctx.db, run, incident, ctx.now);
      const state = run.due_at < now ? "late" : "due_soon";
      for (const r of recipients) {
        await enqueueOutbox(ctx, {
          channel: "email",
          topic: "sla.warning",
          recipient: r.email,
          payload: stepPayload(team, incident, run, r, state),
          dedupeKey: `sla-warn:${run.id}:${r.email.toLowerCase()}`,
        });
      }
      await appendAudit(ctx, {
        action: "step.warned",
        entityType: "incident",
        entityId: incident.id,
        detail: {
          step: run.step_number,
          code: run.step_code,
          stepRunId: run.id,
          dueAt: run.due_at,
          recipients: recipients.length,
          fallback,
        },
      });
      done.warned = 1;
    }
  }

  if (run.late_at === null && run.due_at < now) {
    const claimed = await ctx.db
      .updateTable("step_runs")
      .set({ late_at: now })
      .where("id", "=", run.id)
      .where("late_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) > 0) {
      const leads = await leadRecipients(ctx.db);
      for (const r of leads) {
        await enqueueOutbox(ctx, {
          channel: "email",
          topic: "sla.late",
          recipient: r.email,
          payload: stepPayload(team, incident, run, r, "late"),
          dedupeKey: `sla-late:${run.id}:${r.email.toLowerCase()}`,
        });
      }
      await appendAudit(ctx, {
        action: "step.late",
        entityType: "incident",
        entityId: incident.id,
        detail: {
          step: run.step_number,
          code: run.step_code,
          stepRunId: run.id,
          dueAt: run.due_at,
          leadsTold: leads.length,
        },
      });
      done.late = 1;
    }
  }
  return done;
}

/** What a time-standard message says; the e-mail is written from it when delivered. */
function stepPayload(
  team: TeamContext,
  incident: Incident,
  run: StepRun,
  recipient: Recipient,
  state: "due_soon" | "late",
) {
  const step = isSopStepCode(run.step_code) ? stepByCode(team.sop, run.step_code) : undefined;
  const timeZone = team.settings.calendar.timeZone;
  return {
    incidentId: incident.id,
    incidentCode: incident.code,
    incidentTitle: incident.title,
    stepRunId: run.id,
    stepNumber: run.step_number,
    stepCode: run.step_code,
    stepName: step?.name ?? null,
    ownerRole: run.owner_role,
    startedAt: run.started_at,
    dueAt: run.due_at,
    dueAtLocal: localTimeText(new Date(run.due_at), timeZone),
    timeZone,
    state,
    recipientName: recipient.name,
    recipientUserId: recipient.userId,
    lang: recipient.lang,
  };
}
