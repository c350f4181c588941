import { notFound } from "../../core/errors.ts";
import type { MitigationStatus } from "../../core/workflow/catalogue.ts";
import type { MitigationActionsTable } from "../../db/schema.ts";
import type { Selectable, Updateable } from "kysely";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadIncidentFor } from "./incident-access.ts";
import { requireAssignableUser } from "./workflow-lookups.ts";

export interface UpdateMitigationActionInput {
  actionId: number;
  status?: MitigationStatus;
  /** `null` unassigns. */
  assigneeUserId?: number | null;
  description?: string | null;
}

/** Updates a mitigation action of step 4 (its status as work goes on, who does it); audited. */
export async function updateMitigationAction(
  ctx: CommandContext,
  input: UpdateMitigationActionInput,
): Promise<Selectable<MitigationActionsTable>> {
  const action = await ctx.db
    .selectFrom("mitigation_actions")
    .selectAll()
    .where("id", "=", input.actionId)
    .executeTakeFirst();
  if (!action) throw notFound("mitigation_action");
  // Invisible incident, invisible action: the same 404.
  await loadIncidentFor(ctx, action.incident_id, "incident.mitigation", { lock: true });
  if (input.assigneeUserId !== undefined && input.assigneeUserId !== null) {
    await requireAssignableUser(ctx, input.assigneeUserId, ["csirt", "csirt_lead"], "assigneeUserId");
  }
  const changes: Updateable<MitigationActionsTable> = {};
  if (input.status !== undefined) changes.status = input.status;
  if (input.assigneeUserId !== undefined) changes.assignee_user_id = input.assigneeUserId;
  if (input.description !== undefined) changes.description = input.description?.trim() || null;
  if (Object.keys(changes).length === 0) return action;
  const updated = await ctx.db
    .updateTable("mitigation_actions")
    .set({ ...changes, updated_at: ctx.now.toISOString() })
    .where("id", "=", action.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const keys = Object.keys(changes) as (keyof typeof action)[];
  const pick = (row: typeof action) => Object.fromEntries(keys.map((k) => [k, row[k]]));
  await appendAudit(ctx, {
    action: "mitigation.updated",
    entityType: "incident",
    entityId: action.incident_id,
    before: pick(action),
    after: pick(updated),
    detail: { mitigationActionId: action.id, kind: action.kind },
  });
  return updated;
}
