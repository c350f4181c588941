import { z } from "zod";
import { messageBodySchema } from "../../../core/reports/schema.ts";

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
