import type { Actor, UserActor } from "../actor.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import { isPartner } from "../policies/scope.ts";

/*
 * Who may see and keep the asset registry. The administrator keeps it; staff and leadership read
 * all of it; an agency officer sees the applications its agency owns, a developer those it
 * builds, an upstream CSIRT none. What a partner may not see does not exist for them (404).
 */

/** The partner organisations of an application. */
export interface ApplicationScope {
  ownerOrgId: number | null;
  developerOrgId: number | null;
}

/** Whether the actor may open the register at all (partners then see only theirs). */
export function canReadAssets(actor: Actor): boolean {
  if (actor.type === "system") return true;
  if (actor.type === "public") return false;
  return !isPartner(actor) || actor.role === "agency" || actor.role === "developer";
}

/** Only administrators (and Sigap itself, e.g. the operator's CLI) change the register. */
export function canManageAssets(actor: Actor): boolean {
  return actor.type === "system" || (actor.type === "user" && actor.role === "admin");
}

/** The organisation column a partner role is matched on, or null when the role sees every application. */
export function partnerApplicationColumn(actor: UserActor): "owner_org_id" | "developer_org_id" | "none" | null {
  if (!isPartner(actor)) return null;
  if (actor.organisationId === null) return "none";
  if (actor.role === "agency") return "owner_org_id";
  if (actor.role === "developer") return "developer_org_id";
  return "none";
}

/** Whether the actor may see this application. */
export function canSeeApplication(actor: Actor, app: ApplicationScope): boolean {
  if (!canReadAssets(actor)) return false;
  if (actor.type !== "user") return true;
  const column = partnerApplicationColumn(actor);
  if (column === null) return true;
  if (column === "owner_org_id") return app.ownerOrgId === actor.organisationId;
  if (column === "developer_org_id") return app.developerOrgId === actor.organisationId;
  return false;
}

/** 401 for the public, 403 for a role that has no business in the register. */
export function assertReadAssets(actor: Actor): void {
  if (actor.type === "public") throw new AppError("unauthenticated", "error.unauthenticated");
  if (!canReadAssets(actor)) throw forbidden();
}

/** 401 for the public, 403 for anyone but an administrator. */
export function assertManageAssets(actor: Actor): void {
  if (actor.type === "public") throw new AppError("unauthenticated", "error.unauthenticated");
  if (!canManageAssets(actor)) throw forbidden();
}

/** 404 unless the actor may see the application (after `assertReadAssets`). */
export function assertSeeApplication(actor: Actor, app: ApplicationScope): void {
  if (!canSeeApplication(actor, app)) throw notFound("application");
}
