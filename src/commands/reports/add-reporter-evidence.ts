import { invalid } from "../../core/errors.ts";
import { assertAttachmentCount } from "../../core/reports/attachments.ts";
import type { Attachment } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  recordAttachments,
  REPORTER_LABEL,
  verifyAttachments,
  type IncomingAttachment,
} from "../evidence/record-attachments.ts";
import { findTrackedReport } from "./tracking.ts";

/** How many files the reporter has handed over on a report (at submission and later). */
export async function reporterFileCount(ctx: Pick<CommandContext, "db">, reportId: number): Promise<number> {
  const row = await ctx.db
    .selectFrom("attachments")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("report_id", "=", reportId)
    .where("uploaded_by_label", "=", REPORTER_LABEL)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The reporter adds evidence on the tracking page. A report carries at most the team's
 * `maxAttachments` files from its reporter in all, so the public page cannot fill the store.
 */
export async function addReporterEvidence(
  ctx: CommandContext,
  team: TeamContext,
  input: { code: string; token: string },
  files: readonly IncomingAttachment[],
): Promise<Attachment[]> {
  const report = await findTrackedReport(ctx, input.code, input.token);
  if (files.length === 0)
    throw invalid("error.validation_failed", {}, [
      { in: "body", path: "files", message: "at least one file is required" },
    ]);
  const limits = team.settings.intake;
  assertAttachmentCount((await reporterFileCount(ctx, report.id)) + files.length, limits);
  const verified = verifyAttachments(
    files.map((f) => ({ ...f, kind: "evidence" as const })),
    limits,
  );
  const attachments = await recordAttachments(ctx, verified, {
    reportId: report.id,
    incidentId: report.incident_id,
    tlp: report.tlp,
    uploadedByLabel: REPORTER_LABEL,
    note: `added by the reporter to report ${report.code}`,
  });
  await appendAudit(ctx, {
    action: "evidence.received",
    entityType: "report",
    entityId: report.id,
    detail: { from: "reporter", attachments: attachments.map((a) => ({ id: a.id, sha256: a.sha256, kind: a.kind })) },
  });
  return attachments;
}
