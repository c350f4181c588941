import { listAuditEvents, type AuditEventView } from "../../audit/list-events.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { QueryContext } from "../query-context.ts";
import { incidentResourceOf, loadVisibleIncident } from "./incident-access.ts";

/** An incident's audit trail, oldest first, for the roles inside the CSIRT (404 if invisible, 403 otherwise). */
export async function listIncidentAudit(
  ctx: QueryContext,
  input: { incidentId: number; afterSeq?: number; limit: number },
): Promise<AuditEventView[]> {
  const incident = await loadVisibleIncident(ctx, input.incidentId);
  assertCan(ctx.actor, "incident.audit", await incidentResourceOf(ctx, incident));
  return listAuditEvents(ctx.db, {
    entityType: "incident",
    entityId: incident.id,
    afterSeq: input.afterSeq,
    limit: input.limit,
  });
}
