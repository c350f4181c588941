import type { UserActor } from "../../core/actor.ts";
import { incidentAbilities, type IncidentAbilities } from "../../core/policies/incident-abilities.ts";
import {
  incidentAudience,
  incidentResource,
  type IncidentAudience,
  type IncidentParties,
} from "../../core/policies/incident.ts";
import { assertCan } from "../../core/policies/index.ts";
import { stepByCode } from "../../core/sop/definition.ts";
import { isSopStepCode } from "../../core/sop/step-codes.ts";
import type { Incident, Report } from "../../db/schema.ts";
import type { TeamContext } from "../../settings/team-settings.ts";
import type { QueryContext } from "../query-context.ts";
import { loadIncidentParties, loadVisibleIncident } from "./incident-access.ts";
import {
  loadApplication,
  loadCoTenants,
  loadEscalations,
  loadHandlingEntries,
  loadMitigationActions,
  loadOrganisationNames,
  loadRecommendations,
  loadReports,
  loadStepRuns,
  type StepRunRecord,
} from "./incident-records.ts";

/** Everything recorded about an incident that the caller may see; presenters pick per audience. */
export interface IncidentDetail {
  audience: IncidentAudience;
  /** The caller's organisation (partners), to pick the escalations addressed to it. */
  viewerOrganisationId: number | null;
  incident: Incident;
  parties: IncidentParties;
  organisationNames: Map<number, string>;
  application: { id: number; name: string } | null;
  assignee: { id: number; displayName: string } | null;
  /** Only for the internal audience; empty otherwise. */
  reports: Report[];
  stepRuns: StepRunRecord[];
  mitigationActions: Awaited<ReturnType<typeof loadMitigationActions>>;
  escalations: Awaited<ReturnType<typeof loadEscalations>>;
  recommendations: Awaited<ReturnType<typeof loadRecommendations>>;
  handlingEntries: Awaited<ReturnType<typeof loadHandlingEntries>>;
  coTenants: Awaited<ReturnType<typeof loadCoTenants>>;
  abilities: IncidentAbilities;
  now: Date;
  team: TeamContext;
}

/** One incident with its records, for a signed-in user who may see it (404 otherwise). */
export async function getIncident(ctx: QueryContext, team: TeamContext, incidentId: number): Promise<IncidentDetail> {
  const actor = ctx.actor as UserActor;
  const incident = await loadVisibleIncident(ctx, incidentId);
  const parties = await loadIncidentParties(ctx, incident);
  const resource = incidentResource(parties);
  assertCan(actor, "incident.read", resource);
  const audience = incidentAudience(actor);
  const [
    stepRuns,
    application,
    organisationNames,
    reports,
    mitigationActions,
    escalations,
    recommendations,
    handlingEntries,
    coTenants,
    assignee,
  ] = await Promise.all([
    loadStepRuns(ctx.db, incident.id),
    loadApplication(ctx.db, incident),
    loadOrganisationNames(ctx.db, [incident.agency_org_id, incident.developer_org_id, incident.upstream_org_id]),
    audience === "internal" ? loadReports(ctx.db, incident.id) : Promise.resolve([]),
    loadMitigationActions(ctx.db, incident.id),
    loadEscalations(ctx.db, incident.id),
    loadRecommendations(ctx.db, incident.id),
    audience === "partner" ? Promise.resolve([]) : loadHandlingEntries(ctx.db, incident.id),
    audience === "partner" ? Promise.resolve([]) : loadCoTenants(ctx.db, incident.application_id),
    incident.assignee_user_id === null
      ? Promise.resolve(undefined)
      : ctx.db
          .selectFrom("users")
          .select(["id", "display_name"])
          .where("id", "=", incident.assignee_user_id)
          .executeTakeFirst(),
  ]);
  const active = stepRuns.find((r) => r.status === "active");
  const activeStep = active && isSopStepCode(active.step_code) ? stepByCode(team.sop, active.step_code) : undefined;
  const abilities = incidentAbilities(actor, resource, {
    open: incident.status === "open",
    activeStep: active && activeStep ? { ownerRoles: activeStep.ownerRoles, ownerOrgId: active.owner_org_id } : null,
  });
  return {
    audience,
    viewerOrganisationId: actor.organisationId,
    incident,
    parties,
    organisationNames,
    application: application ?? null,
    assignee: assignee ? { id: assignee.id, displayName: assignee.display_name } : null,
    reports,
    stepRuns,
    mitigationActions,
    escalations,
    recommendations,
    handlingEntries,
    coTenants,
    abilities,
    now: ctx.now,
    team,
  };
}
