import type { Actor, UserActor } from "../actor.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { ACTIONS, type Action, type Resource } from "./actions.ts";
import { canCreateReport, canManageIncident, canReadIncident, canReadReport } from "./case.ts";
import {
  canAssignIncident,
  canClassifyIncident,
  canEscalateIncident,
  canManageAccessLinks,
  canReadIncidentAudit,
  canReopenIncident,
  canUpdateMitigation,
  canWorkSteps,
} from "./incident.ts";
import { canManageSettings, canReadAudit, canReadDashboard } from "./operations.ts";
import { canManageOrganisation, canReadOrganisation } from "./organisation.ts";
import { canManageAnyToken, canManageOwnToken } from "./token.ts";
import { canManageUser, canReadUser } from "./user.ts";

export { ACTIONS, isAction, type Action, type Resource } from "./actions.ts";
export type { CaseResource, OrganisationResource, TokenResource, UserResource } from "./actions.ts";

type Rule = (actor: UserActor, resource: Resource | undefined) => boolean;

/** One rule per action; the `Record` type makes a missing one a compile error. */
const RULES: Record<Action, Rule> = {
  "user.read": canReadUser,
  "user.manage": canManageUser,
  "organisation.read": canReadOrganisation,
  "organisation.manage": canManageOrganisation,
  "token.manage_own": canManageOwnToken,
  "token.manage_any": canManageAnyToken,
  "audit.read": canReadAudit,
  "settings.manage": canManageSettings,
  "report.read": canReadReport,
  "report.create": canCreateReport,
  "incident.read": canReadIncident,
  "incident.manage": canManageIncident,
  "incident.step": canWorkSteps,
  "incident.classify": canClassifyIncident,
  "incident.assign": canAssignIncident,
  "incident.reopen": canReopenIncident,
  "incident.escalate": canEscalateIncident,
  "incident.mitigation": canUpdateMitigation,
  "incident.access_link": canManageAccessLinks,
  "incident.audit": canReadIncidentAudit,
  "dashboard.read": canReadDashboard,
};

/**
 * May `actor` do `action` (to `resource`)? Without a resource the question is whether the actor may
 * do it to anything at all — lists are then filtered to what is theirs. Sigap itself (start-up,
 * jobs, the operator's CLI) may do everything; an anonymous visitor nothing here.
 */
export function can(actor: Actor, action: Action, resource?: Resource): boolean {
  if (actor.type === "system") return true;
  if (actor.type === "public") return false;
  return RULES[action](actor, resource);
}

/** The actions the actor may do at all; sent to the web app so it hides what would be refused. */
export function abilities(actor: Actor): Action[] {
  return ACTIONS.filter((action) => can(actor, action));
}

/** Whether the actor may know that a resource exists at all. */
export function canSee(actor: Actor, resource: Resource): boolean {
  switch (resource.kind) {
    case "user":
      return can(actor, "user.read", resource);
    case "organisation":
      return can(actor, "organisation.read", resource);
    case "token":
      return can(actor, "token.manage_own", resource) || can(actor, "token.manage_any", resource);
    case "report":
      return can(actor, "report.read", resource);
    case "incident":
      return can(actor, "incident.read", resource);
  }
}

export type Decision = "allow" | "unauthenticated" | "forbidden" | "not_found";

/**
 * The full answer to an access question: who is not signed in must sign in; a resource the actor
 * may not even see is "not found" (so its existence is not revealed); otherwise "forbidden".
 */
export function decide(actor: Actor, action: Action, resource?: Resource): Decision {
  if (actor.type === "public") return "unauthenticated";
  if (can(actor, action, resource)) return "allow";
  if (resource !== undefined && !canSee(actor, resource)) return "not_found";
  return "forbidden";
}

/** Throws the error that `decide` calls for, unless allowed. Commands and routes both use it. */
export function assertCan(actor: Actor, action: Action, resource?: Resource): void {
  switch (decide(actor, action, resource)) {
    case "allow":
      return;
    case "unauthenticated":
      throw new AppError("unauthenticated", "error.unauthenticated");
    case "not_found":
      throw notFound(resource?.kind);
    case "forbidden":
      throw forbidden();
  }
}
