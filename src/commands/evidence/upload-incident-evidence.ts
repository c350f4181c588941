import { invalid } from "../../core/errors.ts";
import { assertAttachmentCount } from "../../core/reports/attachments.ts";
import { REPORT_LIMITS } from "../../core/reports/limits.ts";
import { charCount, isStorableText } from "../../core/reports/schema.ts";
import type { TlpLevel } from "../../core/taxonomy/tlp.ts";
import type { Attachment } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentForEvidence } from "./incident-access.ts";
import { recordAttachments, verifyAttachments, type IncomingAttachment } from "./record-attachments.ts";

/**
 * Staff add evidence to an incident (screenshots, logs, disk images within the size limit):
 * checked against the team's limits like a reporter's files, recorded with their chain of custody.
 * The TLP defaults to the incident's.
 */
export async function uploadIncidentEvidence(
  ctx: CommandContext,
  team: TeamContext,
  input: { incidentId: number; tlp?: TlpLevel | null; note?: string | null },
  files: readonly IncomingAttachment[],
): Promise<Attachment[]> {
  const incident = await loadIncidentForEvidence(ctx, input.incidentId, "record");
  const note = input.note?.trim() || null;
  if (note !== null && (charCount(note) > REPORT_LIMITS.observableNote || !isStorableText(note))) {
    throw invalid("error.validation_failed", {}, [
      { in: "body", path: "note", message: `at most ${REPORT_LIMITS.observableNote} characters` },
    ]);
  }
  if (files.length === 0)
    throw invalid("error.validation_failed", {}, [
      { in: "body", path: "files", message: "at least one file is required" },
    ]);
  const limits = team.settings.intake;
  // The per-report count limit protects the public form; staff uploads are bounded per request.
  assertAttachmentCount(files.length, limits);
  const verified = verifyAttachments(files, limits);
  const attachments = await recordAttachments(ctx, verified, {
    reportId: null,
    incidentId: incident.id,
    tlp: input.tlp ?? incident.tlp,
    uploadedByLabel: ctx.actor.type === "user" ? ctx.actor.username : "system",
    note: `uploaded to incident ${incident.code}${note ? `: ${note}` : ""}`,
  });
  await appendAudit(ctx, {
    action: "evidence.received",
    entityType: "incident",
    entityId: incident.id,
    detail: { attachments: attachments.map((a) => ({ id: a.id, sha256: a.sha256, kind: a.kind })) },
  });
  return attachments;
}
