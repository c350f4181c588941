import { invalid } from "../../core/errors.ts";
import { assertReportWork } from "../../core/reports/access.ts";
import { messageBodySchema } from "../../core/reports/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { enqueueOutbox } from "../outbox.ts";
import { loadReadableReport } from "./get-report.ts";

export interface StaffMessageInput {
  reportId: number;
  body: string;
  /** `public`: the reporter sees it (and is e-mailed); `internal`: a note for the team only. */
  visibility: "public" | "internal";
  /** A question the reporter is asked to answer. Only public messages can be questions. */
  isQuestion?: boolean;
}

/**
 * Staff write on a report: a question or message to the reporter, or an internal note. A public
 * message is queued to the reporter's e-mail; the reporter answers on the tracking page. The
 * reporter sees "CSIRT" as the author, never a staff member's name.
 */
export async function addStaffMessage(
  ctx: CommandContext,
  input: StaffMessageInput,
): Promise<{ id: number; createdAt: string }> {
  const report = await loadReadableReport(ctx, input.reportId);
  assertReportWork(ctx.actor, "record");
  const parsed = messageBodySchema.safeParse(input.body);
  if (!parsed.success) {
    throw invalid(
      "error.validation_failed",
      {},
      parsed.error.issues.map((i) => ({ in: "body", path: "body", message: i.message })),
    );
  }
  const isQuestion = input.visibility === "public" && input.isQuestion === true;
  const message = await ctx.db
    .insertInto("report_messages")
    .values({
      report_id: report.id,
      author_kind: "staff",
      author_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
      author_label: ctx.actor.type === "user" ? ctx.actor.username : "system",
      body: parsed.data,
      is_question: isQuestion ? 1 : 0,
      visibility: input.visibility,
      created_at: ctx.now.toISOString(),
    })
    .returning(["id", "created_at"])
    .executeTakeFirstOrThrow();
  if (input.visibility === "public" && report.reporter_email) {
    await enqueueOutbox(ctx, {
      channel: "email",
      topic: isQuestion ? "report.question" : "report.message",
      recipient: report.reporter_email,
      payload: { code: report.code, language: report.language, body: parsed.data, isQuestion },
      dedupeKey: `report.message:${message.id}`,
    });
  }
  await appendAudit(ctx, {
    action: "report.staff_message",
    entityType: "report",
    entityId: report.id,
    detail: { messageId: message.id, visibility: input.visibility, isQuestion },
  });
  return { id: message.id, createdAt: message.created_at };
}
