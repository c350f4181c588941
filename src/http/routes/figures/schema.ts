import { z } from "zod";
import { localizedTextSchema } from "../../../core/i18n/localized-text.ts";

export const figuresQuery = z.strictObject({
  from: z
    .string()
    .max(40)
    .optional()
    .describe("YYYY-MM-DD (team zone) or ISO 8601 time with zone; default 11 months before this month"),
  to: z
    .string()
    .max(40)
    .optional()
    .describe("YYYY-MM-DD (whole day) or ISO 8601 time (exclusive); default the end of this month"),
});

const count = z.number().int();
const durations = z.object({
  count,
  medianSeconds: z.number().int().nullable(),
  p90Seconds: z.number().int().nullable(),
});

export const figuresSchema = z.object({
  period: z.object({ from: z.string(), to: z.string(), timeZone: z.string() }),
  generatedAt: z.string(),
  totals: z.object({ cases: count, open: count, closed: count, resolved: count, invalid: count, transferred: count }),
  byMonth: z.array(z.object({ month: z.string(), count })),
  byCategory: z.array(z.object({ code: z.string(), label: localizedTextSchema.nullable(), count })),
  byAgency: z.array(z.object({ agencyId: z.number().int().nullable(), name: z.string().nullable(), count })),
  bySeverity: z.array(z.object({ severity: z.string(), count })),
  compliance: z.array(
    z.object({
      stepNumber: z.number().int(),
      stepCode: z.string(),
      name: localizedTextSchema.nullable(),
      completed: count,
      onTime: count,
      onTimeShare: z.number().nullable(),
      lateNow: count,
    }),
  ),
  timeToVerify: durations,
  timeToClose: durations,
  openByStep: z.array(
    z.object({
      stepNumber: z.number().int(),
      stepCode: z.string(),
      name: localizedTextSchema.nullable(),
      open: count,
      dueSoon: count,
      late: count,
    }),
  ),
});
