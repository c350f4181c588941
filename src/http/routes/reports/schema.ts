import { z } from "zod";
import { PUBLIC_STATUSES } from "../../../core/reports/public-status.ts";
import { messageBodySchema, REPORT_CHANNELS } from "../../../core/reports/schema.ts";
import { describeMultipart } from "../../schemas/openapi-docs.ts";

/** Fields of a multipart staff report: the report as JSON; evidence, identity proof, the letter's scan. */
export const STAFF_REPORT_MULTIPART = {
  textFields: ["report"],
  fileFields: { files: "evidence", identity: "identity", letterScan: "letter_scan" },
} as const;

/** The OpenAPI description of `POST /reports`: JSON, or multipart with files (a letter with its scan). */
export const CREATE_REPORT_DESCRIPTION = describeMultipart(
  STAFF_REPORT_MULTIPART,
  {
    report:
      "the report as JSON, the same object as the `application/json` body (with `channel`, and `letter` " +
      "{number, date, sender} for a letter); send it before the files",
    files: "evidence",
    identity: "the reporter's identity document (recorded as TLP:RED)",
    letterScan: "the scanned incoming letter; a report of channel `letter` needs it",
  },
  "Send the report as `application/json`, or as `multipart/form-data` to attach files.",
);

export const listReportsQuery = z.strictObject({
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  channel: z.enum(REPORT_CHANNELS).optional(),
  status: z.enum(PUBLIC_STATUSES).optional(),
  from: z.iso.datetime({ offset: true }).optional().describe("Received at or after"),
  to: z.iso.datetime({ offset: true }).optional().describe("Received before"),
});

export const staffMessageBody = z.strictObject({
  body: messageBodySchema,
  visibility: z
    .enum(["public", "internal"])
    .describe("public: the reporter sees it and is e-mailed; internal: a team note"),
  isQuestion: z.boolean().default(false),
});

export const messageCreatedSchema = z.object({ id: z.number().int(), createdAt: z.string() });

export const mergeBody = z.strictObject({ incidentId: z.number().int().positive() });

export const mergeResultSchema = z.object({
  reportId: z.number().int(),
  incidentId: z.number().int().describe("The incident the report joined"),
  closedIncidentId: z.number().int().describe("The report's own case, closed as a duplicate"),
});

export const reportCreatedSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  incidentId: z.number().int(),
  token: z.string().describe("Tracking secret for the reporter; shown only now"),
  trackingUrl: z.string(),
  warnings: z.array(z.string()),
});
