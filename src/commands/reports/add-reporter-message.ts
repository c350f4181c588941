import { invalid } from "../../core/errors.ts";
import { messageBodySchema } from "../../core/reports/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { recordExtractedObservables } from "../observables/record-extracted.ts";
import { enqueueOutbox } from "../outbox.ts";
import { findTrackedReport } from "./tracking.ts";

export interface ReporterMessageInput {
  code: string;
  token: string;
  body: string;
}

/**
 * The reporter answers a question or adds information on the tracking page. The text is kept as
 * sent; indicators in it are added to the incident's observables; the analyst assigned to the
 * incident, if any, is told.
 */
export async function addReporterMessage(
  ctx: CommandContext,
  input: ReporterMessageInput,
): Promise<{ id: number; createdAt: string }> {
  const report = await findTrackedReport(ctx, input.code, input.token);
  const parsed = messageBodySchema.safeParse(input.body);
  if (!parsed.success) {
    throw invalid(
      "error.validation_failed",
      {},
      parsed.error.issues.map((i) => ({ in: "body", path: "body", message: i.message })),
    );
  }
  const now = ctx.now.toISOString();
  const message = await ctx.db
    .insertInto("report_messages")
    .values({
      report_id: report.id,
      author_kind: "reporter",
      author_user_id: null,
      author_label: "reporter",
      body: parsed.data,
      is_question: 0,
      visibility: "public",
      created_at: now,
    })
    .returning(["id", "created_at"])
    .executeTakeFirstOrThrow();
  if (report.incident_id !== null) {
    await recordExtractedObservables(ctx, { incidentId: report.incident_id, reportId: report.id, tlp: report.tlp }, [
      parsed.data,
    ]);
    const assignee = await ctx.db
      .selectFrom("incidents")
      .innerJoin("users", "users.id", "incidents.assignee_user_id")
      .select(["users.email", "incidents.code"])
      .where("incidents.id", "=", report.incident_id)
      .executeTakeFirst();
    if (assignee?.email) {
      await enqueueOutbox(ctx, {
        channel: "email",
        topic: "report.reporter_message",
        recipient: assignee.email,
        payload: { reportId: report.id, reportCode: report.code, incidentCode: assignee.code, messageId: message.id },
        dedupeKey: `report.reporter_message:${message.id}`,
      });
    }
  }
  await appendAudit(ctx, {
    action: "report.reporter_message",
    entityType: "report",
    entityId: report.id,
    detail: { messageId: message.id, length: parsed.data.length },
  });
  return { id: message.id, createdAt: message.created_at };
}
