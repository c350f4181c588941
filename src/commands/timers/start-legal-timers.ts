import type { Incident } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { LEGAL_TIMERS, legalTimersFor, type LegalTimerKind } from "./legal-timer-kinds.ts";

const HOUR_MS = 3_600_000;

export interface StartLegalTimersOptions {
  /**
   * When the facts became known and the clock starts: the report's receipt when the incident is
   * opened with them, the moment they are recorded when they are learnt later. Default now.
   */
  since?: Date;
}

/**
 * Starts the legal timers an incident's flags call for — the UU PDP notice (3 × 24 h) when personal
 * data is involved, the IIV report (1 × 24 h) for a vital-infrastructure application. Idempotent:
 * one timer per incident and kind, so calling it again (or after a flag is set a second time)
 * starts nothing new and keeps the first start. Returns the kinds it started now.
 */
export async function startLegalTimers(
  ctx: CommandContext,
  incident: Pick<Incident, "id" | "personal_data" | "iiv">,
  options: StartLegalTimersOptions = {},
): Promise<LegalTimerKind[]> {
  const since = options.since ?? ctx.now;
  const started: LegalTimerKind[] = [];
  for (const kind of legalTimersFor(incident)) {
    const due = new Date(since.getTime() + LEGAL_TIMERS[kind].hours * HOUR_MS);
    const inserted = await ctx.db
      .insertInto("incident_timers")
      .values({ incident_id: incident.id, kind, started_at: since.toISOString(), due_at: due.toISOString() })
      .onConflict((oc) => oc.columns(["incident_id", "kind"]).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) continue;
    await appendAudit(ctx, {
      action: "timer.started",
      entityType: "incident",
      entityId: incident.id,
      detail: {
        kind,
        startedAt: since.toISOString(),
        dueAt: due.toISOString(),
        legalBasis: LEGAL_TIMERS[kind].legalBasis,
      },
    });
    started.push(kind);
  }
  return started;
}
