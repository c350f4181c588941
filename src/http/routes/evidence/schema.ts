import { z } from "zod";
import { attachmentSchema } from "../../presenters/report-attachment.ts";
import { TLP_LEVELS } from "../../../core/taxonomy/tlp.ts";
import { describeMultipart } from "../../schemas/openapi-docs.ts";

/** Fields of a staff evidence upload: files, and optionally their TLP and a note for the custody trail. */
export const INCIDENT_EVIDENCE_MULTIPART = { textFields: ["tlp", "note"], fileFields: { files: "evidence" } } as const;

/** The OpenAPI description of `POST /incidents/{id}/evidence`. */
export const UPLOAD_EVIDENCE_DESCRIPTION = describeMultipart(INCIDENT_EVIDENCE_MULTIPART, {
  tlp: `TLP of the files (${TLP_LEVELS.map((l) => `\`${l}\``).join(", ")}); default the incident's`,
  note: "a note for the chain of custody",
  files: "the evidence files",
});

export const custodyEventSchema = z.object({
  id: z.number().int(),
  at: z.string(),
  action: z.string().describe("received | downloaded | linked | transferred | verified"),
  actorLabel: z.string(),
  note: z.string().nullable(),
});

export const evidenceDetailSchema = z.object({ evidence: attachmentSchema, custody: z.array(custodyEventSchema) });

/** A list of evidence items (an upload's new ones, or an incident's). */
export const evidenceCreatedSchema = z.object({ items: z.array(attachmentSchema) });

/**
 * `Content-Disposition: attachment` with the stored name: an ASCII fallback without quotes or
 * control characters, and the exact name in RFC 5987 form for browsers that read it.
 */
export function attachmentDisposition(filename: string): string {
  const base = filename.split(/[\\/]/).at(-1) || "lampiran";
  const fallback = base.replace(/[^\x20-\x7e]|["\\;%]/g, "_");
  const encoded = encodeURIComponent(base).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
