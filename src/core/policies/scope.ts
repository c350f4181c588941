import type { UserActor } from "../actor.ts";
import { ROLES_NEEDING_ORGANISATION, type Role } from "../roles.ts";

/** Roles that work inside the CSIRT (as opposed to partners and read-only leadership). */
export const INTERNAL_ROLES: readonly Role[] = ["admin", "intake", "csirt", "csirt_lead"];

/** Partners act for their agency, vendor or upstream CSIRT, and only within it. */
export const isPartner = (actor: UserActor): boolean => ROLES_NEEDING_ORGANISATION.includes(actor.role);

export const isInternal = (actor: UserActor): boolean => INTERNAL_ROLES.includes(actor.role);

/** True when the actor belongs to `organisationId` (never for an actor without an organisation). */
export const inOrganisation = (actor: UserActor, organisationId: number | null | undefined): boolean =>
  actor.organisationId !== null &&
  organisationId !== null &&
  organisationId !== undefined &&
  actor.organisationId === organisationId;

/**
 * The partner half of a scoped rule: with no resource, whether the partner may act on anything of
 * its organisation at all (used for lists and abilities); with one, whether it is theirs.
 */
export function partnerScope(actor: UserActor, organisationIds: readonly number[] | undefined): boolean {
  if (actor.organisationId === null) return false;
  return organisationIds === undefined || organisationIds.includes(actor.organisationId);
}
