import type { UserActor } from "../actor.ts";
import type { Role } from "../roles.ts";
import type { Resource } from "./actions.ts";

/** Unscoped actions: a list of roles, and no resource. */
const roles =
  (allowed: readonly Role[]) =>
  (actor: UserActor, resource: Resource | undefined): boolean =>
    resource === undefined && allowed.includes(actor.role);

/** The audit trail: the administrator and the lead who answers for the team's work. */
export const canReadAudit = roles(["admin", "csirt_lead"]);
export const canManageSettings = roles(["admin"]);
/** The dashboard shows every case in aggregate, so partners do not see it. */
export const canReadDashboard = roles(["admin", "intake", "csirt", "csirt_lead", "viewer"]);
