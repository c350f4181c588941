import type { Actor, UserActor } from "../actor.ts";
import type { Role } from "../roles.ts";
import type { CaseResource, Resource } from "./actions.ts";
import { isInternal, isPartner, partnerScope } from "./scope.ts";

/*
 * Incident visibility and step authority. Visibility: staff and leadership see every incident; a
 * partner (agency, developer, upstream) sees an incident where its organisation is the owning
 * agency, the developer, the upstream CSIRT, or the target of an escalation — the same rule as the
 * SQL fragment in `src/db/visibility.ts`. Step authority: a step is done by its owner roles from
 * the SOP definition, partners only for the organisation that owns the step; the CSIRT lead may do
 * any CSIRT step and records a partner's step on the partner's behalf.
 */

/** The organisations an incident involves, as stored on the incident and its escalations. */
export interface IncidentParties {
  agencyOrgId: number | null;
  developerOrgId: number | null;
  upstreamOrgId: number | null;
  /** Organisations named as targets of the incident's escalations. */
  escalationOrgIds: readonly number[];
}

/** The incident as a policy resource: every organisation whose partners may see it. */
export function incidentResource(parties: IncidentParties): CaseResource {
  const ids = [parties.agencyOrgId, parties.developerOrgId, parties.upstreamOrgId, ...parties.escalationOrgIds].filter(
    (v): v is number => v !== null,
  );
  return { kind: "incident", organisationIds: [...new Set(ids)] };
}

const HANDLERS: readonly Role[] = ["csirt", "csirt_lead"];
const STEP_WORKERS: readonly Role[] = ["intake", "csirt", "csirt_lead", "agency", "developer", "upstream"];

const onIncident = (resource: Resource | undefined): boolean => resource === undefined || resource.kind === "incident";

/** Roles allowed on any incident (no partner scope): a rule for internal-only actions. */
const staff =
  (roles: readonly Role[]) =>
  (actor: UserActor, resource: Resource | undefined): boolean =>
    onIncident(resource) && roles.includes(actor.role);

/** Works on SOP steps at all: staff on any incident, partners on their organisation's incidents. */
export function canWorkSteps(actor: UserActor, resource: Resource | undefined): boolean {
  if (!onIncident(resource)) return false;
  if (!STEP_WORKERS.includes(actor.role)) return false;
  if (!isPartner(actor)) return true;
  return partnerScope(actor, resource?.kind === "incident" ? resource.organisationIds : undefined);
}

/** Sets type, severity (with an audited override), TLP and PAP. */
export const canClassifyIncident = staff(HANDLERS);
/** Escalates to a vendor or an upstream CSIRT outside the step-5 output. */
export const canEscalateIncident = staff(HANDLERS);
/** Updates the status and assignee of mitigation actions. */
export const canUpdateMitigation = staff(HANDLERS);
/** Issues and revokes signed links for outside parties. */
export const canManageAccessLinks = staff(HANDLERS);
/** Assigns the incident and reassigns steps: the lead's call. */
export const canAssignIncident = staff(["csirt_lead"]);
/** Takes an incident back to an earlier step. */
export const canReopenIncident = staff(["csirt_lead"]);
/** Reads an incident's audit trail: the roles inside the CSIRT. */
export function canReadIncidentAudit(actor: UserActor, resource: Resource | undefined): boolean {
  return onIncident(resource) && isInternal(actor);
}

/** Who owns a step run: the SOP's owner roles and, for a partner step, the owning organisation. */
export interface StepOwnership {
  ownerRoles: readonly Role[];
  ownerOrgId: number | null;
}

/**
 * The answer to "may this actor complete this step?":
 * - `allow`;
 * - `forbidden` — not an owner (a partner of another organisation, a viewer, …);
 * - `on_behalf_required` — the lead at an outside party's step must say for whom it is recorded;
 * - `on_behalf_not_allowed` — only the lead records steps for someone else.
 */
export type StepAuthority = "allow" | "forbidden" | "on_behalf_required" | "on_behalf_not_allowed";

const PARTY_ROLES: readonly Role[] = ["agency", "developer", "upstream"];

/** Whether `actor` may complete a step owned as `ownership` (visibility is checked before this). */
export function stepAuthority(
  actor: Actor,
  ownership: StepOwnership,
  options: { onBehalfOf?: string | null } = {},
): StepAuthority {
  if (actor.type === "system") return "allow";
  if (actor.type === "public") return "forbidden";
  const partnerStep = ownership.ownerRoles.some((r) => PARTY_ROLES.includes(r));
  if (options.onBehalfOf) {
    return actor.role === "csirt_lead" ? "allow" : "on_behalf_not_allowed";
  }
  if (ownership.ownerRoles.includes(actor.role)) {
    if (!isPartner(actor)) return "allow";
    return actor.organisationId !== null && actor.organisationId === ownership.ownerOrgId ? "allow" : "forbidden";
  }
  if (actor.role === "csirt_lead") return partnerStep ? "on_behalf_required" : "allow";
  return "forbidden";
}

/** Who is looking at an incident, which decides what the presenters show. */
export type IncidentAudience = "internal" | "leadership" | "partner";

/** Staff see the whole record, leadership all but reporters' identities, partners their part. */
export function incidentAudience(actor: UserActor): IncidentAudience {
  if (isPartner(actor)) return "partner";
  return isInternal(actor) ? "internal" : "leadership";
}
