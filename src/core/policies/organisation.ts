import type { UserActor } from "../actor.ts";
import type { Resource } from "./actions.ts";
import { isPartner, partnerScope } from "./scope.ts";

/** Everyone but partners sees the organisation register; a partner sees its own organisation. */
export function canReadOrganisation(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "organisation") return false;
  if (isPartner(actor)) return partnerScope(actor, resource ? [resource.id] : undefined);
  return true;
}

/** Only administrators keep the register. */
export function canManageOrganisation(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "organisation") return false;
  return actor.role === "admin";
}
