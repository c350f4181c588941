import type { Selectable } from "kysely";
import { systemActor } from "../../core/actor.ts";
import type { Incident, IncidentTimersTable } from "../../db/schema.ts";
import { readTeamSettings } from "../../settings/team-settings.ts";
import type { TeamSettings } from "../../core/settings.ts";
import { appendAudit } from "../audit.ts";
import { runCommand, type CommandContext, type CommandDeps } from "../context.ts";
import { enqueueOutbox } from "../outbox.ts";
import { LEGAL_TIMERS, isLegalTimerKind } from "./legal-timer-kinds.ts";
import { localTimeText } from "./local-time.ts";
import { assigneeRecipients, leadRecipients, uniqueRecipients, type Recipient } from "./recipients.ts";
import { timerWarnAt } from "./timer-view.ts";
import type { WatchOptions, WatchResult } from "./watch-step-runs.ts";

type Timer = Selectable<IncidentTimersTable>;

const WATCHER = systemActor("legal-timers");

/**
 * One pass over the legal timers not yet met: at the team's warning share of the window (default
 * 80 %) the incident's assignee — or, with none, the lead(s) — is warned once (`timer.warning`);
 * past the deadline the timer is marked late and the lead(s) and the assignee are told once
 * (`timer.late`). Incidents closed as not an incident or as a duplicate owe no notice and are
 * skipped. Like the step watcher, all state is in the rows, so passes may repeat and overlap.
 */
export async function runLegalTimersWatch(deps: CommandDeps, options: WatchOptions = {}): Promise<WatchResult> {
  const db = deps.database.db;
  const now = deps.clock.now();
  const settings = await readTeamSettings(db);
  const open = await db
    .selectFrom("incident_timers as t")
    .innerJoin("incidents as i", "i.id", "t.incident_id")
    .selectAll("t")
    .where("t.satisfied_at", "is", null)
    .where((eb) =>
      eb.or([
        eb("t.warned_at", "is", null),
        eb.and([eb("t.late_at", "is", null), eb("t.due_at", "<", now.toISOString())]),
      ]),
    )
    .where((eb) => eb.or([eb("i.outcome", "is", null), eb("i.outcome", "not in", ["invalid", "duplicate"])]))
    .orderBy("t.due_at")
    .limit(options.limit ?? 500)
    .execute();
  const due = open.filter((t) => needsWarning(t, now, settings) || needsLate(t, now));
  const result: WatchResult = { warned: 0, late: 0 };
  const failures: unknown[] = [];
  for (const timer of due) {
    if (options.signal?.aborted) break;
    try {
      const done = await runCommand(deps, { actor: WATCHER }, (ctx) => watchTimer(ctx, settings, timer.id));
      result.warned += done.warned;
      result.late += done.late;
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0)
    throw new AggregateError(failures, `legal-timer watcher: ${failures.length} timer(s) failed`);
  return result;
}

const needsWarning = (t: Timer, now: Date, settings: TeamSettings) =>
  t.warned_at === null && timerWarnAt(t.started_at, t.due_at, settings.sla.warnShare).getTime() <= now.getTime();
const needsLate = (t: Timer, now: Date) => t.late_at === null && new Date(t.due_at).getTime() < now.getTime();

async function watchTimer(ctx: CommandContext, settings: TeamSettings, id: number): Promise<WatchResult> {
  const done: WatchResult = { warned: 0, late: 0 };
  const now = ctx.now.toISOString();
  const timer = await ctx.db
    .selectFrom("incident_timers")
    .selectAll()
    .where("id", "=", id)
    .where("satisfied_at", "is", null)
    .executeTakeFirst();
  if (!timer) return done;
  const incident = await ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", timer.incident_id)
    .executeTakeFirstOrThrow();

  if (needsWarning(timer, ctx.now, settings)) {
    const claimed = await ctx.db
      .updateTable("incident_timers")
      .set({ warned_at: now })
      .where("id", "=", timer.id)
      .where("warned_at", "is", null)
      .where("satisfied_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) > 0) {
      const assignee = await assigneeRecipients(ctx.db, incident);
      const recipients = assignee.length > 0 ? assignee : await leadRecipients(ctx.db);
      const state = needsLate(timer, ctx.now) ? "late" : "due_soon";
      await tell(ctx, settings, incident, timer, recipients, "timer.warning", `timer-warn:${timer.id}`, state);
      await appendAudit(ctx, {
        action: "timer.warned",
        entityType: "incident",
        entityId: incident.id,
        detail: { kind: timer.kind, timerId: timer.id, dueAt: timer.due_at, recipients: recipients.length },
      });
      done.warned = 1;
    }
  }

  if (needsLate(timer, ctx.now)) {
    const claimed = await ctx.db
      .updateTable("incident_timers")
      .set({ late_at: now })
      .where("id", "=", timer.id)
      .where("late_at", "is", null)
      .where("satisfied_at", "is", null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) > 0) {
      const recipients = uniqueRecipients([
        ...(await leadRecipients(ctx.db)),
        ...(await assigneeRecipients(ctx.db, incident)),
      ]);
      await tell(ctx, settings, incident, timer, recipients, "timer.late", `timer-late:${timer.id}`, "late");
      await appendAudit(ctx, {
        action: "timer.late",
        entityType: "incident",
        entityId: incident.id,
        detail: { kind: timer.kind, timerId: timer.id, dueAt: timer.due_at, recipients: recipients.length },
      });
      done.late = 1;
    }
  }
  return done;
}

async function tell(
  ctx: CommandContext,
  settings: TeamSettings,
  incident: Incident,
  timer: Timer,
  recipients: readonly Recipient[],
  topic: string,
  dedupePrefix: string,
  state: "due_soon" | "late",
): Promise<void> {
  const def = isLegalTimerKind(timer.kind) ? LEGAL_TIMERS[timer.kind] : null;
  const timeZone = settings.calendar.timeZone;
  for (const r of recipients) {
    await enqueueOutbox(ctx, {
      channel: "email",
      topic,
      recipient: r.email,
      payload: {
        incidentId: incident.id,
        incidentCode: incident.code,
        incidentTitle: incident.title,
        timerId: timer.id,
        kind: timer.kind,
        kindName: def?.name ?? null,
        legalBasis: def?.legalBasis ?? null,
        startedAt: timer.started_at,
        dueAt: timer.due_at,
        dueAtLocal: localTimeText(new Date(timer.due_at), timeZone),
        timeZone,
        state,
        recipientName: r.name,
        recipientUserId: r.userId,
        lang: r.lang,
      },
      dedupeKey: `${dedupePrefix}:${r.email.toLowerCase()}`,
    });
  }
}
