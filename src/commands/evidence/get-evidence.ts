import { AppError, notFound } from "../../core/errors.ts";
import { assertReportWork } from "../../core/reports/access.ts";
import type { Attachment } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";
import type { QueryContext } from "../query-context.ts";
import { loadIncidentForEvidence } from "./incident-access.ts";

/** One event of an evidence item's chain of custody. */
export interface CustodyEvent {
  id: number;
  at: string;
  action: string;
  actorLabel: string;
  note: string | null;
}

/** An evidence item with its chain of custody, oldest event first. */
export interface EvidenceDetail {
  attachment: Attachment;
  custody: CustodyEvent[];
}

/** Loads an attachment the actor may see: through its incident's visibility (404 otherwise). */
async function loadVisibleAttachment(ctx: QueryContext | CommandContext, attachmentId: number): Promise<Attachment> {
  assertReportWork(ctx.actor, "read", "evidence");
  const attachment = await ctx.db
    .selectFrom("attachments")
    .selectAll()
    .where("id", "=", attachmentId)
    .executeTakeFirst();
  if (!attachment) throw notFound("evidence");
  let incidentId = attachment.incident_id;
  if (incidentId === null && attachment.report_id !== null) {
    const report = await ctx.db
      .selectFrom("reports")
      .select("incident_id")
      .where("id", "=", attachment.report_id)
      .executeTakeFirst();
    incidentId = report?.incident_id ?? null;
  }
  if (incidentId !== null) {
    try {
      await loadIncidentForEvidence(ctx, incidentId, "read");
    } catch (error) {
      throw error instanceof AppError && error.code === "not_found" ? notFound("evidence") : error;
    }
  }
  return attachment;
}

async function custodyOf(ctx: Pick<QueryContext, "db">, attachmentId: number): Promise<CustodyEvent[]> {
  const rows = await ctx.db
    .selectFrom("custody_events")
    .select(["id", "at", "action", "actor_label", "note"])
    .where("attachment_id", "=", attachmentId)
    .orderBy("at")
    .orderBy("id")
    .execute();
  return rows.map((r) => ({ id: r.id, at: r.at, action: r.action, actorLabel: r.actor_label, note: r.note }));
}

/** Metadata and chain of custody of an evidence item. */
export async function getEvidence(ctx: QueryContext, input: { attachmentId: number }): Promise<EvidenceDetail> {
  const attachment = await loadVisibleAttachment(ctx, input.attachmentId);
  return { attachment, custody: await custodyOf(ctx, attachment.id) };
}

/**
 * Records that someone takes a copy of an evidence item (custody event `downloaded`), before the
 * bytes are sent. The caller streams the file from the store after this commits.
 */
export async function recordEvidenceDownload(
  ctx: CommandContext,
  input: { attachmentId: number },
): Promise<Attachment> {
  const attachment = await loadVisibleAttachment(ctx, input.attachmentId);
  await ctx.db
    .insertInto("custody_events")
    .values({
      attachment_id: attachment.id,
      at: ctx.now.toISOString(),
      action: "downloaded",
      actor_label:
        ctx.actor.type === "user"
          ? ctx.actor.username
          : ctx.actor.type === "system"
            ? `system:${ctx.actor.label}`
            : "public",
      actor_user_id: ctx.actor.type === "user" ? ctx.actor.id : null,
      note: ctx.requestId ? `request ${ctx.requestId}` : null,
    })
    .execute();
  return attachment;
}
