import { z } from "zod";
import type { IncidentListRow } from "../../commands/incidents/list-incidents.ts";
import type { SopDefinition } from "../../core/sop/definition.ts";
import { stepRef, stepRefOf } from "./incident-parts.ts";

/**
 * One incident in a list: the same for every audience, except the assignee's name, which only staff
 * and leadership see (partners get null, as the partner detail carries no staff names).
 */
export const incidentListItemSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  title: z.string(),
  typeCode: z.string(),
  severity: z.string(),
  tlp: z.string(),
  status: z.enum(["open", "closed"]),
  outcome: z.string().nullable(),
  currentStep: stepRef,
  dueAt: z.string().nullable(),
  /** When the active step started, and from when it counts as due soon (its owner is warned). */
  stepStartedAt: z.string().nullable(),
  warnAt: z.string().nullable(),
  late: z.boolean(),
  assignee: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  agency: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
});

export const incidentPageSchema = z.object({
  items: z.array(incidentListItemSchema),
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: z.string().nullable(),
});

/** List row → API shape. */
export function presentIncidentListItem(
  row: IncidentListRow,
  sop: SopDefinition,
  now: Date,
  options: { staffNames: boolean } = { staffNames: false },
): z.infer<typeof incidentListItemSchema> {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    typeCode: row.type_code,
    severity: row.severity,
    tlp: row.tlp,
    status: row.status,
    outcome: row.outcome,
    currentStep: row.status === "open" ? stepRefOf(sop, row.current_step) : null,
    dueAt: row.active_due_at,
    stepStartedAt: row.active_started_at,
    warnAt: row.active_warn_at,
    assignee:
      options.staffNames && row.assignee_user_id !== null
        ? { id: row.assignee_user_id, displayName: row.assignee_name ?? String(row.assignee_user_id) }
        : null,
    late: row.active_due_at !== null && now.toISOString() > row.active_due_at,
    agency:
      row.agency_org_id === null ? null : { id: row.agency_org_id, name: row.agency_name ?? String(row.agency_org_id) },
    openedAt: row.opened_at,
    closedAt: row.closed_at,
  };
}
