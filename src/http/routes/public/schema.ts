import { z } from "zod";
import { messageBodySchema } from "../../../core/reports/schema.ts";
import { describeMultipart } from "../../schemas/openapi-docs.ts";

/** `{code}` of a ticket in a path. */
export const codeParams = z.strictObject({ code: z.string().min(1).max(64) });

/**
 * `?token=` of the tracking page. A missing token is treated like a wrong one (the same 404), so
 * the answer never says more than "no such report".
 */
export const tokenQuery = z.strictObject({ token: z.string().max(200).default("") });

export const reporterMessageBody = z.strictObject({ body: messageBodySchema });

/** Fields of a multipart report submission: the report as JSON, then its files. */
export const PUBLIC_REPORT_MULTIPART = {
  textFields: ["report"],
  fileFields: { files: "evidence", identity: "identity" },
} as const;

/** Fields of a reporter's later evidence. */
export const PUBLIC_EVIDENCE_MULTIPART = { textFields: [], fileFields: { files: "evidence" } } as const;

/** The OpenAPI description of `POST /public/reports`: JSON, or multipart with files. */
export const SUBMIT_PUBLIC_REPORT_DESCRIPTION = describeMultipart(
  PUBLIC_REPORT_MULTIPART,
  {
    report:
      "the report as JSON, the same object as the `application/json` body; send it before the files, so that an " +
      "invalid report stores no file",
    files: "evidence: screenshots, logs, documents",
    identity: "the reporter's identity document (recorded as TLP:RED)",
  },
  "Send the report as `application/json`, or as `multipart/form-data` to attach files.",
);

/** The OpenAPI description of `POST /public/reports/{code}/evidence`. */
export const ADD_PUBLIC_EVIDENCE_DESCRIPTION = describeMultipart(PUBLIC_EVIDENCE_MULTIPART, {
  files: "more evidence; a report takes at most `settings.intake.maxAttachments` files in all",
});
