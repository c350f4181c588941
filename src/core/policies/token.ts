import type { UserActor } from "../actor.ts";
import type { Resource } from "./actions.ts";

/** Every account may hold API tokens of its own. */
export function canManageOwnToken(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource === undefined) return true;
  return resource.kind === "token" && resource.userId === actor.id;
}

/** Administrators may issue and revoke anyone's tokens (e.g. for a departed employee). */
export function canManageAnyToken(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "token") return false;
  return actor.role === "admin";
}
