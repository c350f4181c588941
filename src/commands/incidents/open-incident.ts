import type { Severity } from "../../core/severity.ts";
import { firstStep, nextStep } from "../../core/sop/definition.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import type { Incident, Report } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { startLegalTimers } from "../timers/start-legal-timers.ts";
import { completeStepRun, startStepRun } from "./step-runs.ts";

/**
 * Opens the case for a newly accepted report: the incident record, the SOP's first step (receiving
 * the report) completed — its clock started when the report arrived — and the second step started.
 * Every report gets a case at once, so the time standards of steps 1–3 run on something; a report
 * found to duplicate another later joins that incident and its own case closes as a duplicate.
 */
export async function openIncidentForReport(
  ctx: CommandContext,
  team: TeamContext,
  report: Report,
  options: { receivedByLabel?: string } = {},
): Promise<Incident> {
  const type = isIncidentTypeCode(report.type_code) ? INCIDENT_TYPES[report.type_code] : INCIDENT_TYPES.OTH;
  const application = report.application_id
    ? await ctx.db
        .selectFrom("applications")
        .select(["iiv", "developer_org_id"])
        .where("id", "=", report.application_id)
        .executeTakeFirst()
    : undefined;
  const iiv = application?.iiv === 1;
  // Until step 3 assesses impact × likelihood: the type's usual level, kritis for an IIV asset.
  const initialSeverity: Severity = iiv ? "kritis" : (type.defaultSeverity ?? "sedang");
  const now = ctx.now.toISOString();
  const incident = await ctx.db
    .insertInto("incidents")
    .values({
      code: report.code,
      title: report.title,
      type_code: type.code,
      rsit: type.primaryRsit,
      severity: initialSeverity,
      tlp: report.tlp,
      status: "open",
      sop_code: team.sop.code,
      sop_version: team.sop.version,
      agency_org_id: report.agency_org_id,
      developer_org_id: application?.developer_org_id ?? null,
      application_id: report.application_id,
      personal_data: report.personal_data,
      iiv: iiv ? 1 : 0,
      opened_at: report.received_at,
      created_at: now,
      updated_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await ctx.db
    .updateTable("reports")
    .set({ incident_id: incident.id, updated_at: now })
    .where("id", "=", report.id)
    .execute();
  await appendAudit(ctx, {
    action: "incident.opened",
    entityType: "incident",
    entityId: incident.id,
    after: {
      code: incident.code,
      title: incident.title,
      type_code: incident.type_code,
      severity: incident.severity,
      tlp: incident.tlp,
    },
    detail: { reportId: report.id, channel: report.channel },
  });

  const receive = firstStep(team.sop);
  const run = await startStepRun(ctx, team, {
    incidentId: incident.id,
    step: receive,
    startedAt: new Date(report.received_at),
  });
  await completeStepRun(ctx, {
    run,
    output: { reportId: report.id, reportCode: report.code, channel: report.channel },
    completedByLabel: options.receivedByLabel,
  });
  const forward = nextStep(team.sop, receive);
  if (forward) await startStepRun(ctx, team, { incidentId: incident.id, step: forward });
  // Personal data or an IIV application known at receipt: the legal clocks run from then.
  await startLegalTimers(ctx, incident, { since: new Date(report.received_at) });
  return ctx.db.selectFrom("incidents").selectAll().where("id", "=", incident.id).executeTakeFirstOrThrow();
}
