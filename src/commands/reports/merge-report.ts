import { conflict, invalid, notFound } from "../../core/errors.ts";
import { assertReportWork } from "../../core/reports/access.ts";
import type { SopStepCode } from "../../core/sop/step-codes.ts";
import type { IncidentDispositionTag } from "../../core/taxonomy/generated/incident-disposition.ts";
import { forUpdate } from "../../db/dialect.ts";
import type { Incident, Report } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { activeStepRun, completeStepRun } from "../incidents/step-runs.ts";
import { enqueueOutbox } from "../outbox.ts";
import { loadReadableReport } from "./get-report.ts";
import { ownCaseOf } from "./report-case.ts";

/** MISP disposition of a case closed because its report repeats another incident. */
export const DUPLICATE_DISPOSITION = 'incident-disposition:duplicate="duplicate"' satisfies IncidentDispositionTag;

/** Steps during which a report may still be merged: before the CSIRT has started acting on it. */
const MERGEABLE_STEPS: readonly SopStepCode[] = ["forward", "verify"];

export interface MergeReportResult {
  report: Report;
  /** The incident the report joined. */
  target: Incident;
  /** The report's own case, now closed as a duplicate. */
  closed: Incident;
}

/**
 * Merges a duplicate report into another open incident: the report (and any report already merged
 * into its case) joins the target and stays visible there with its files and observables; its own
 * case closes with outcome `duplicate` and the MISP disposition `duplicate`, its open step run is
 * closed, and each reporter is told. Only while the case is being forwarded or verified.
 */
export async function mergeReport(
  ctx: CommandContext,
  input: { reportId: number; incidentId: number },
): Promise<MergeReportResult> {
  const report = await loadReadableReport(ctx, input.reportId);
  assertReportWork(ctx.actor, "merge");
  const own = await ownCaseOf(ctx, report);
  if (!own) throw notFound("report");
  const source = await ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", own.id)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirstOrThrow();
  if (report.duplicate === 1 || report.incident_id !== source.id || source.merged_into_id !== null)
    throw conflict("report.already_merged");
  if (input.incidentId === source.id) throw invalid("report.merge_same_incident");
  const target = await ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", input.incidentId)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!target || target.status !== "open" || target.merged_into_id !== null) {
    throw invalid("report.merge_target_invalid", { incidentId: input.incidentId });
  }
  const run = await activeStepRun(ctx, source.id);
  if (source.status !== "open" || !run || !(MERGEABLE_STEPS as readonly string[]).includes(run.step_code)) {
    throw conflict("report.merge_wrong_step");
  }

  const now = ctx.now.toISOString();
  await completeStepRun(ctx, {
    run,
    output: { closedAs: "duplicate", mergedIntoIncidentId: target.id, mergedIntoCode: target.code },
  });
  const closed = await ctx.db
    .updateTable("incidents")
    .set({
      status: "closed",
      outcome: "duplicate",
      disposition: DUPLICATE_DISPOSITION,
      merged_into_id: target.id,
      closed_at: now,
      close_reason: `duplicate of ${target.code}`,
      updated_at: now,
    })
    .where("id", "=", source.id)
    .returningAll()
    .executeTakeFirstOrThrow();

  const moved = await ctx.db
    .updateTable("reports")
    .set({ incident_id: target.id, duplicate: 1, updated_at: now })
    .where("incident_id", "=", source.id)
    .returning(["id", "code", "reporter_email", "language"])
    .execute();

  // Observables the target already has stay with the closed case rather than appear twice.
  const known = await ctx.db
    .selectFrom("observables")
    .select(["kind", "value"])
    .where("incident_id", "=", target.id)
    .execute();
  const knownKeys = new Set(known.map((o) => `${o.kind}:${o.value}`));
  const sourceObservables = await ctx.db
    .selectFrom("observables")
    .select(["id", "kind", "value"])
    .where("incident_id", "=", source.id)
    .execute();
  const movable = sourceObservables.filter((o) => !knownKeys.has(`${o.kind}:${o.value}`)).map((o) => o.id);
  if (movable.length > 0)
    await ctx.db.updateTable("observables").set({ incident_id: target.id }).where("id", "in", movable).execute();

  const files = await ctx.db
    .updateTable("attachments")
    .set({ incident_id: target.id })
    .where("incident_id", "=", source.id)
    .returning(["id"])
    .execute();
  if (files.length > 0) {
    await ctx.db
      .insertInto("custody_events")
      .values(
        files.map((f) => ({
          attachment_id: f.id,
          at: now,
          action: "linked",
          actor_label: ctx.actor.type === "user" ? ctx.actor.username : "system",
          actor_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
          note: `moved from ${source.code} to ${target.code} (duplicate merged)`,
        })),
      )
      .execute();
  }

  await appendAudit(ctx, {
    action: "incident.closed",
    entityType: "incident",
    entityId: source.id,
    before: {
      status: source.status,
      outcome: source.outcome,
      disposition: source.disposition,
      merged_into_id: source.merged_into_id,
    },
    after: {
      status: closed.status,
      outcome: closed.outcome,
      disposition: closed.disposition,
      merged_into_id: closed.merged_into_id,
    },
    detail: { reason: "duplicate", targetCode: target.code },
  });
  await appendAudit(ctx, {
    action: "report.merged",
    entityType: "report",
    entityId: report.id,
    detail: {
      fromIncidentId: source.id,
      toIncidentId: target.id,
      reports: moved.map((r) => r.id),
      observablesMoved: movable.length,
      attachmentsMoved: files.length,
    },
  });
  for (const r of moved) {
    if (!r.reporter_email) continue;
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: "report.merged",
      recipient: r.reporter_email,
      payload: { code: r.code, language: r.language, status: "merged" },
      dedupeKey: `report.merged:${r.code}`,
    });
  }

  const updated = await ctx.db.selectFrom("reports").selectAll().where("id", "=", report.id).executeTakeFirstOrThrow();
  return { report: updated, target, closed };
}
