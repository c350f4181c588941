import type { Lang } from "../../core/i18n/messages.ts";
import type { SopStep } from "../../core/sop/definition.ts";
import { REPORTER_STATUS_LABELS, type ReporterStatus } from "../../core/workflow/reporter-status.ts";
import type { Incident } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";
import { enqueueOutbox } from "../outbox.ts";

/*
 * Messages the workflow sends, written to the outbox in the command's transaction. What leaves is
 * chosen here: a reporter learns the public status (and the reason of an invalid or transferred
 * verdict, which the SOP says they are told), never the internal record.
 */

/** Tells every reporter of the incident (who left an e-mail address) that its status is now `status`. */
export async function tellReporters(
  ctx: CommandContext,
  incident: Pick<Incident, "id">,
  status: ReporterStatus,
  reason: string | null = null,
): Promise<void> {
  const reports = await ctx.db
    .selectFrom("reports")
    .select(["id", "code", "reporter_email", "language"])
    .where("incident_id", "=", incident.id)
    .where("reporter_email", "is not", null)
    .execute();
  for (const report of reports) {
    const language: Lang = report.language === "en" ? "en" : "id";
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: "report.status_changed",
      recipient: report.reporter_email,
      payload: {
        language,
        ticketCode: report.code,
        status,
        statusLabel: REPORTER_STATUS_LABELS[status][language],
        ...(reason ? { reason } : {}),
      },
      dedupeKey: `report-status:${report.id}:${status}:${ctx.now.toISOString()}`,
    });
  }
}

/** Tells an outside organisation (by its register e-mail) that a step of an incident is theirs now. */
export async function tellStepOwner(
  ctx: CommandContext,
  incident: Pick<Incident, "id" | "code" | "title">,
  step: SopStep,
  organisationId: number,
  dueAt: string,
): Promise<void> {
  const org = await ctx.db
    .selectFrom("organisations")
    .select(["email"])
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!org?.email) return;
  await enqueueOutbox(ctx, {
    channel: "email",
    topic: "incident.step_assigned",
    recipient: org.email,
    payload: {
      incidentId: incident.id,
      incidentCode: incident.code,
      title: incident.title,
      step: step.code,
      stepName: step.name,
      dueAt,
    },
    dedupeKey: `step-assigned:${incident.id}:${step.code}:${organisationId}:${ctx.now.toISOString()}`,
  });
}
