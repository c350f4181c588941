import { z } from "zod";
import type { PublicReportView } from "../../commands/reports/get-public-report.ts";
import { PUBLIC_STATUSES } from "../../core/reports/public-status.ts";

/*
 * What the public sees of a report. These schemas are the only way a report leaves the server
 * without authentication: they name no reporter identity or contact, no staff, no step output,
 * no internal note — a field that is not here cannot be sent.
 */

const localized = z.object({ id: z.string(), en: z.string() });
const status = z.object({ code: z.enum(PUBLIC_STATUSES), label: localized });

/** `201` of `POST /public/reports`: the ticket code and the tracking secret, shown once. */
export const publicReportCreatedSchema = z.object({
  code: z.string().describe("Ticket code, e.g. DPS-CSIRT-2026-000123"),
  token: z.string().describe("Tracking secret; shown only now, stored only as its SHA-256"),
  trackingUrl: z.string().describe("Address of the tracking page (the token travels in the fragment)"),
});

export const publicFileSchema = z.object({
  id: z.number().int(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

/** The tracking page. */
export const publicReportSchema = z.object({
  code: z.string(),
  title: z.string(),
  receivedAt: z.string(),
  status,
  mergedCaseStatus: status.nullable().describe("For a report merged as a duplicate: the stage of the case it joined"),
  closeReason: z.string().nullable().describe("Why the case was closed as not valid or handed to another body"),
  timeline: z.array(
    z.object({ step: z.string(), name: localized, startedAt: z.string(), completedAt: z.string().nullable() }),
  ),
  messages: z.array(
    z.object({
      id: z.number().int(),
      from: z.enum(["csirt", "reporter"]),
      body: z.string(),
      isQuestion: z.boolean(),
      createdAt: z.string(),
    }),
  ),
  files: z.array(publicFileSchema),
});

/** `201` of a reporter's message. */
export const publicMessageCreatedSchema = z.object({ id: z.number().int(), createdAt: z.string() });

/** `201` of a reporter's added evidence. */
export const publicEvidenceCreatedSchema = z.object({ files: z.array(publicFileSchema) });

/** The view as the response schema allows it (the schema strips anything else). */
export const presentPublicReport = (view: PublicReportView): z.infer<typeof publicReportSchema> => view;

/** An attachment row as the reporter sees it. */
export const presentPublicFile = (a: {
  id: number;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
}): z.infer<typeof publicFileSchema> => ({
  id: a.id,
  filename: a.filename,
  mediaType: a.media_type,
  sizeBytes: a.size_bytes,
  sha256: a.sha256,
  uploadedAt: a.uploaded_at,
});
