import { invalid } from "../../core/errors.ts";
import { verifyAttachment, type AttachmentLimits } from "../../core/reports/attachments.ts";
import { REPORT_LIMITS } from "../../core/reports/limits.ts";
import { charCount, isStorableText, type AttachmentKind } from "../../core/reports/schema.ts";
import type { Attachment } from "../../db/schema.ts";
import type { StoredBlob } from "../../storage/attachment-store.ts";
import type { CommandContext } from "../context.ts";

/** Who is recorded as having handed over the files of a report that no staff member typed in. */
export const REPORTER_LABEL = "reporter";

/** A file that has arrived (its bytes already in the attachment store) and what it is for. */
export interface IncomingAttachment {
  kind: AttachmentKind;
  /** The name the sender gave it, kept as given. */
  filename: string;
  /** The media type the sender declared, if any; the content decides whether it is believed. */
  declaredType: string | null;
  blob: StoredBlob;
}

/** A file checked against the team's limits, with the media type it is stored as. */
export interface VerifiedAttachment extends IncomingAttachment {
  mediaType: string;
}

/** Checks every file before anything is written: name, size, type and content (400/413/415). */
export function verifyAttachments(
  files: readonly IncomingAttachment[],
  limits: AttachmentLimits,
): VerifiedAttachment[] {
  return files.map((file, index) => {
    const filename = file.filename.trim() || "lampiran";
    if (charCount(filename) > REPORT_LIMITS.filename || !isStorableText(filename)) {
      throw invalid("error.validation_failed", {}, [
        { path: `files.${index}.filename`, message: `at most ${REPORT_LIMITS.filename} characters` },
      ]);
    }
    const mediaType = verifyAttachment(
      { filename, declaredType: file.declaredType, sizeBytes: file.blob.sizeBytes, head: file.blob.head },
      limits,
    );
    return { ...file, filename, mediaType };
  });
}

export interface AttachmentLink {
  reportId: number | null;
  incidentId: number | null;
  tlp: string;
  /** Who handed the files over: a username, or `reporter`. */
  uploadedByLabel: string;
  /** Why they arrived, for the custody trail (e.g. `report DPS-CSIRT-2026-000001, channel web`). */
  note: string;
}

/**
 * Records verified files: one attachment row each (hash, size, type, who, when) and the first
 * event of its chain of custody, `received`. Identity documents are TLP:RED whatever the report's
 * level: only the verifiers need them.
 */
export async function recordAttachments(
  ctx: CommandContext,
  files: readonly VerifiedAttachment[],
  link: AttachmentLink,
): Promise<Attachment[]> {
  if (files.length === 0) return [];
  const now = ctx.now.toISOString();
  const userId = ctx.actor.type === "user" ? ctx.actor.id : null;
  const rows = await ctx.db
    .insertInto("attachments")
    .values(
      files.map((f) => ({
        sha256: f.blob.sha256,
        size_bytes: f.blob.sizeBytes,
        media_type: f.mediaType,
        filename: f.filename,
        kind: f.kind,
        report_id: link.reportId,
        incident_id: link.incidentId,
        tlp: f.kind === "identity" ? "RED" : link.tlp,
        uploaded_by_label: link.uploadedByLabel,
        uploaded_by_user_id: userId,
        uploaded_at: now,
      })),
    )
    .returningAll()
    .execute();
  rows.sort((a, b) => a.id - b.id);
  await ctx.db
    .insertInto("custody_events")
    .values(
      rows.map((row) => ({
        attachment_id: row.id,
        at: now,
        action: "received",
        actor_label: link.uploadedByLabel,
        actor_user_id: userId,
        note: `${link.note}; sha256 ${row.sha256}`,
      })),
    )
    .execute();
  return rows;
}
