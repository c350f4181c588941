import { notFound } from "../../core/errors.ts";
import { assertReportWork } from "../../core/reports/access.ts";
import type { PublicStatus } from "../../core/reports/public-status.ts";
import type { Attachment, Incident, Report } from "../../db/schema.ts";
import { visibleIncidents } from "../../db/visibility.ts";
import type { CommandContext } from "../context.ts";
import type { QueryContext } from "../query-context.ts";
import { ownCaseOf, publicStatusOfIncident } from "./report-case.ts";

/** A report with what the staff page shows beside it. */
export interface ReportDetail {
  report: Report;
  /** The incident the report belongs to now (after a merge: the one it joined). */
  incident: Pick<Incident, "id" | "code" | "status" | "outcome" | "current_step"> | null;
  /** The case the report opened, when it differs from `incident` (a merged duplicate). */
  ownCase: Pick<Incident, "id" | "code" | "status" | "outcome"> | null;
  status: PublicStatus;
  attachments: Attachment[];
  messages: Array<{
    id: number;
    authorKind: string;
    authorLabel: string;
    body: string;
    isQuestion: boolean;
    visibility: string;
    createdAt: string;
  }>;
}

/**
 * Loads a report the actor may read: internal roles only (404 for partners and unknown ids), and
 * only when the incident it belongs to is visible to the actor under the incident rule.
 */
export async function loadReadableReport(ctx: QueryContext | CommandContext, reportId: number): Promise<Report> {
  assertReportWork(ctx.actor, "read");
  const report = await ctx.db.selectFrom("reports").selectAll().where("id", "=", reportId).executeTakeFirst();
  if (!report) throw notFound("report");
  if (report.incident_id !== null) {
    const visible = await ctx.db
      .selectFrom("incidents")
      .select("id")
      .where("id", "=", report.incident_id)
      .where(visibleIncidents(ctx.actor))
      .executeTakeFirst();
    if (!visible) throw notFound("report");
  }
  return report;
}

/** One report with its incident, files and messages (internal notes included), for staff. */
export async function getReport(ctx: QueryContext, input: { reportId: number }): Promise<ReportDetail> {
  const report = await loadReadableReport(ctx, input.reportId);
  const incident =
    report.incident_id === null
      ? null
      : ((await ctx.db
          .selectFrom("incidents")
          .select(["id", "code", "status", "outcome", "current_step"])
          .where("id", "=", report.incident_id)
          .executeTakeFirst()) ?? null);
  const own = await ownCaseOf(ctx, report);
  const status = own ? await publicStatusOfIncident(ctx, own, report.duplicate === 1) : "received";
  const attachments = await ctx.db
    .selectFrom("attachments")
    .selectAll()
    .where("report_id", "=", report.id)
    .orderBy("id")
    .execute();
  const messages = await ctx.db
    .selectFrom("report_messages")
    .selectAll()
    .where("report_id", "=", report.id)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return {
    report,
    incident,
    ownCase:
      own && own.id !== incident?.id ? { id: own.id, code: own.code, status: own.status, outcome: own.outcome } : null,
    status,
    attachments,
    messages: messages.map((m) => ({
      id: m.id,
      authorKind: m.author_kind,
      authorLabel: m.author_label,
      body: m.body,
      isQuestion: m.is_question === 1,
      visibility: m.visibility,
      createdAt: m.created_at,
    })),
  };
}
