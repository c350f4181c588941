import { notFound } from "../../core/errors.ts";
import { incidentResource, type IncidentParties } from "../../core/policies/incident.ts";
import { assertCan, type Action, type CaseResource } from "../../core/policies/index.ts";
import { forUpdate } from "../../db/dialect.ts";
import type { Incident } from "../../db/schema.ts";
import { visibleIncidents } from "../../db/visibility.ts";
import type { CommandContext } from "../context.ts";
import type { QueryContext } from "../query-context.ts";

/**
 * The incident if the actor may see it, else 404 — whether it exists is not revealed. With
 * `lock`, the row stays locked until the transaction ends (PostgreSQL), so two people completing
 * the same step one after the other see each other's result.
 */
export async function loadVisibleIncident(
  ctx: QueryContext | CommandContext,
  incidentId: number,
  options: { lock?: boolean } = {},
): Promise<Incident> {
  let query = ctx.db
    .selectFrom("incidents")
    .selectAll()
    .where("id", "=", incidentId)
    .where(visibleIncidents(ctx.actor));
  if (options.lock) query = query.modifyEnd(forUpdate(ctx.dialect));
  const incident = await query.executeTakeFirst();
  if (!incident) throw notFound("incident");
  return incident;
}

/** The organisations an incident involves, including the targets of its escalations. */
export async function loadIncidentParties(
  ctx: Pick<QueryContext, "db">,
  incident: Pick<Incident, "id" | "agency_org_id" | "developer_org_id" | "upstream_org_id">,
): Promise<IncidentParties> {
  const escalations = await ctx.db
    .selectFrom("escalations")
    .select("target_org_id")
    .where("incident_id", "=", incident.id)
    .where("target_org_id", "is not", null)
    .execute();
  return {
    agencyOrgId: incident.agency_org_id,
    developerOrgId: incident.developer_org_id,
    upstreamOrgId: incident.upstream_org_id,
    escalationOrgIds: escalations.map((e) => e.target_org_id!),
  };
}

/** The incident as a policy resource. */
export async function incidentResourceOf(ctx: Pick<QueryContext, "db">, incident: Incident): Promise<CaseResource> {
  return incidentResource(await loadIncidentParties(ctx, incident));
}

/** Loads a visible incident and checks the actor may do `action` to it: 404 if invisible, 403 if not allowed. */
export async function loadIncidentFor(
  ctx: CommandContext,
  incidentId: number,
  action: Action,
  options: { lock?: boolean } = {},
): Promise<Incident> {
  const incident = await loadVisibleIncident(ctx, incidentId, options);
  assertCan(ctx.actor, action, await incidentResourceOf(ctx, incident));
  return incident;
}
