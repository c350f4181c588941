import { z } from "zod";
import type { Attachment } from "../../db/schema.ts";

/** An attachment's metadata as staff see it; the bytes come from the download route. */
export const attachmentSchema = z.object({
  id: z.number().int(),
  kind: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  tlp: z.string(),
  reportId: z.number().int().nullable(),
  incidentId: z.number().int().nullable(),
  uploadedBy: z.string(),
  uploadedAt: z.string(),
});

/** Attachment row → API shape (metadata only; the bytes come from the download route). */
export function presentAttachment(row: Attachment): z.infer<typeof attachmentSchema> {
  return {
    id: row.id,
    kind: row.kind,
    filename: row.filename,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    tlp: row.tlp,
    reportId: row.report_id,
    incidentId: row.incident_id,
    uploadedBy: row.uploaded_by_label,
    uploadedAt: row.uploaded_at,
  };
}
