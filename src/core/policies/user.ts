import type { UserActor } from "../actor.ts";
import type { Resource } from "./actions.ts";
import { isInternal, isPartner, partnerScope } from "./scope.ts";

/**
 * Staff of the CSIRT see every account (to assign work); partners see the accounts of their own
 * organisation; everybody sees themselves.
 */
export function canReadUser(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "user") return false;
  if (resource && resource.id === actor.id) return true;
  if (isInternal(actor)) return true;
  if (isPartner(actor))
    return partnerScope(
      actor,
      resource ? (resource.organisationId === null ? [] : [resource.organisationId]) : undefined,
    );
  return false;
}

/** Only administrators create, change, disable and reset accounts. */
export function canManageUser(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "user") return false;
  return actor.role === "admin";
}
