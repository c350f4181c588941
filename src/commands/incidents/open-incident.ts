import type { Severity } from "../../core/severity.ts";
import { firstStep, nextStep } from "../../core/sop/definition.ts";
import { INCIDENT_TYPES, isIncidentTypeCode } from "../../core/taxonomy/incident-types.ts";
import type { Application, Incident, Report } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { startLegalTimers } from "../timers/start-legal-timers.ts";
import { insertOpeningRuns } from "./step-runs.ts";
import { insertRow } from "../../db/insert-rows.ts";

/** What the caller already knows about the case, so that it is not read again. */
export interface OpenIncidentOptions {
  /** Recorded as having received the report when nobody on the team did (automatic intake). */
  receivedByLabel?: string;
  /** The report's application as matched at intake (`report.application_id`'s row); read when absent. */
  application?: Pick<Application, "id" | "iiv" | "developer_org_id"> | null;
  /** RSIT class to record instead of the type's own (the undetermined tag for "don't know"). */
  rsit?: string;
}

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
  options: OpenIncidentOptions = {},
): Promise<Incident> {
  const type = isIncidentTypeCode(report.type_code) ? INCIDENT_TYPES[report.type_code] : INCIDENT_TYPES.OTH;
  const application =
    options.application !== undefined && options.application?.id === report.application_id
      ? options.application
      : report.application_id
        ? await ctx.db
            .selectFrom("applications")
            .select(["id", "iiv", "developer_org_id"])
            .where("id", "=", report.application_id)
            .executeTakeFirst()
        : undefined;
  const iiv = application?.iiv === 1;
  // Until step 3 assesses impact × likelihood: the type's usual level, kritis for an IIV asset.
  const initialSeverity: Severity = iiv ? "kritis" : (type.defaultSeverity ?? "sedang");
  const receive = firstStep(team.sop);
  const forward = nextStep(team.sop, receive);
  const now = ctx.now.toISOString();
  const incident = await insertRow(ctx.db, "incidents", {
    code: report.code,
    title: report.title,
    type_code: type.code,
    rsit: options.rsit ?? type.primaryRsit,
    severity: initialSeverity,
    tlp: report.tlp,
    status: "open",
    sop_code: team.sop.code,
    sop_version: team.sop.version,
    current_step: (forward ?? receive).number,
    agency_org_id: report.agency_org_id,
    developer_org_id: application?.developer_org_id ?? null,
    application_id: report.application_id,
    personal_data: report.personal_data,
    iiv: iiv ? 1 : 0,
    opened_at: report.received_at,
    created_at: now,
    updated_at: now,
  });
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
  await insertOpeningRuns(ctx, team, {
    incidentId: incident.id,
    first: receive,
    next: forward ?? null,
    receivedAt: new Date(report.received_at),
    output: { reportId: report.id, reportCode: report.code, channel: report.channel },
    completedByLabel: options.receivedByLabel,
  });
  // Personal data or an IIV application known at receipt: the legal clocks run from then.
  await startLegalTimers(ctx, incident, { since: new Date(report.received_at) });
  return incident;
}
