import type { LocalizedText } from "../../core/i18n/localized-text.ts";
import { PUBLIC_STATUS_LABELS, type PublicStatus } from "../../core/reports/public-status.ts";
import { stepByCode } from "../../core/sop/definition.ts";
import { isSopStepCode } from "../../core/sop/step-codes.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import type { QueryContext } from "../query-context.ts";
import { ownCaseOf, publicStatusOfIncident } from "./report-case.ts";
import { findTrackedReport } from "./tracking.ts";

/** What the reporter sees on the tracking page. Nothing internal: no step outputs, no staff names. */
export interface PublicReportView {
  code: string;
  title: string;
  receivedAt: string;
  status: { code: PublicStatus; label: LocalizedText };
  /** For a report merged as a duplicate: the stage of the case it joined. */
  mergedCaseStatus: { code: PublicStatus; label: LocalizedText } | null;
  /** Why the case was closed without handling (invalid, or handed to another body): the reporter is told. */
  closeReason: string | null;
  timeline: Array<{ step: string; name: LocalizedText; startedAt: string; completedAt: string | null }>;
  messages: Array<{ id: number; from: "csirt" | "reporter"; body: string; isQuestion: boolean; createdAt: string }>;
  files: Array<{
    id: number;
    filename: string;
    mediaType: string;
    sizeBytes: number;
    sha256: string;
    uploadedAt: string;
  }>;
}

const labelled = (code: PublicStatus) => ({ code, label: PUBLIC_STATUS_LABELS[code] });

/** The public view of a report, for whoever holds its code and tracking secret (404 otherwise). */
export async function getPublicReport(
  ctx: Pick<QueryContext, "db">,
  team: TeamContext,
  input: { code: string; token: string },
): Promise<PublicReportView> {
  const report = await findTrackedReport(ctx, input.code, input.token);
  const own = await ownCaseOf(ctx, report);
  const duplicate = report.duplicate === 1;
  const status = own ? await publicStatusOfIncident(ctx, own, duplicate) : "received";
  let mergedCaseStatus: PublicReportView["mergedCaseStatus"] = null;
  if (duplicate && report.incident_id !== null && report.incident_id !== own?.id) {
    const joined = await ctx.db
      .selectFrom("incidents")
      .selectAll()
      .where("id", "=", report.incident_id)
      .executeTakeFirst();
    if (joined) mergedCaseStatus = labelled(await publicStatusOfIncident(ctx, joined));
  }

  const runs = own
    ? await ctx.db
        .selectFrom("step_runs")
        .select(["step_code", "started_at", "completed_at"])
        .where("incident_id", "=", own.id)
        .where("status", "in", ["active", "done"])
        .orderBy("started_at")
        .orderBy("id")
        .execute()
    : [];
  const messages = await ctx.db
    .selectFrom("report_messages")
    .select(["id", "author_kind", "body", "is_question", "created_at"])
    .where("report_id", "=", report.id)
    .where("visibility", "=", "public")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const files = await ctx.db
    .selectFrom("attachments")
    .select(["id", "filename", "media_type", "size_bytes", "sha256", "uploaded_at"])
    .where("report_id", "=", report.id)
    .where("kind", "in", ["evidence", "identity"])
    .orderBy("id")
    .execute();

  return {
    code: report.code,
    title: report.title,
    receivedAt: report.received_at,
    status: labelled(status),
    mergedCaseStatus,
    closeReason: own && (own.outcome === "invalid" || own.outcome === "transferred") ? own.close_reason : null,
    timeline: runs.map((r) => {
      const step = isSopStepCode(r.step_code) ? stepByCode(team.sop, r.step_code) : undefined;
      return {
        step: r.step_code,
        name: step?.name ?? { id: r.step_code, en: r.step_code },
        startedAt: r.started_at,
        completedAt: r.completed_at,
      };
    }),
    messages: messages.map((m) => ({
      id: m.id,
      from: m.author_kind === "reporter" ? "reporter" : "csirt",
      body: m.body,
      isQuestion: m.is_question === 1,
      createdAt: m.created_at,
    })),
    files: files.map((f) => ({
      id: f.id,
      filename: f.filename,
      mediaType: f.media_type,
      sizeBytes: f.size_bytes,
      sha256: f.sha256,
      uploadedAt: f.uploaded_at,
    })),
  };
}
