import { z } from "zod";
import type { ReportListItem } from "../../commands/reports/list-reports.ts";
import type { Actor } from "../../core/actor.ts";
import { mayReadReporterContact } from "../../core/reports/access.ts";
import { PUBLIC_STATUSES } from "../../core/reports/public-status.ts";

/** A row of the staff report list. */
export const reportListItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  channel: z.string(),
  title: z.string(),
  reporterName: z.string().nullable(),
  reporterKind: z.string(),
  typeCode: z.string(),
  tlp: z.string(),
  receivedAt: z.string(),
  duplicate: z.boolean(),
  incidentId: z.number().int().nullable(),
  incidentCode: z.string().nullable(),
  applicationId: z.number().int().nullable(),
  agencyOrgId: z.number().int().nullable(),
  status: z.enum(PUBLIC_STATUSES),
});

export const reportPageSchema = z.object({
  items: z.array(reportListItemSchema),
  nextCursor: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});

/** A list row, the reporter's name hidden as in `presentReport`. */
export function presentReportListItem(item: ReportListItem, actor: Actor): z.infer<typeof reportListItemSchema> {
  const { reporterConfidential, ...rest } = item;
  return { ...rest, reporterName: mayReadReporterContact(actor, reporterConfidential) ? item.reporterName : null };
}
