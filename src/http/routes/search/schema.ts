import { z } from "zod";
import { SEVERITIES } from "../../../core/severity.ts";
import { SOP_STEP_CODES } from "../../../core/sop/definition.ts";
import { INCIDENT_TYPE_CODES } from "../../../core/taxonomy/incident-types.ts";
import { booleanQuery } from "../../schemas/common.ts";

export const searchQuery = z.strictObject({
  q: z
    .string()
    .max(200)
    .optional()
    .describe("Words to find; every word must match, the last one also as a prefix. Any text is safe."),
  status: z.enum(["open", "closed"]).optional(),
  step: z.enum(SOP_STEP_CODES).optional().describe("The SOP step the incident is at now (step code)"),
  category: z.enum(INCIDENT_TYPE_CODES).optional().describe("Incident type code"),
  severity: z.enum(SEVERITIES).optional(),
  agency: z.coerce
    .number()
    .int()
    .positive()
    .max(Number.MAX_SAFE_INTEGER)
    .optional()
    .describe("Owning agency (organisation id)"),
  late: booleanQuery.optional().describe("Whether the current step is past its due time"),
  from: z.string().max(40).optional().describe("Opened from: YYYY-MM-DD (team zone) or ISO 8601 time with zone"),
  to: z
    .string()
    .max(40)
    .optional()
    .describe("Opened up to: YYYY-MM-DD (whole day, team zone) or ISO 8601 time with zone (exclusive)"),
  cursor: z.string().max(300).optional().describe("`nextCursor` of the previous page"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const snippetPart = z.object({ text: z.string(), match: z.boolean() });

/** A search result as the API shows it: incident facts and where the words were found, nothing about the reporter. */
export const searchHitSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  status: z.enum(["open", "closed"]),
  outcome: z.string().nullable(),
  severity: z.string(),
  typeCode: z.string(),
  tlp: z.string(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  step: z.object({ number: z.number().int(), code: z.string(), dueAt: z.string(), late: z.boolean() }).nullable(),
  late: z.boolean(),
  match: z
    .object({
      in: z.enum(["incident", "report"]),
      reportId: z.number().int().nullable(),
      reportCode: z.string().nullable(),
      snippet: z.array(snippetPart).describe("Plain-text pieces; `match` pieces are the words found"),
    })
    .nullable(),
});

export const searchPageSchema = z.object({
  items: z.array(searchHitSchema),
  nextCursor: z.string().nullable(),
});
