import type { Actor } from "./actor.ts";
import { AppError, forbidden } from "./errors.ts";
import { isPartner } from "./policies/scope.ts";

/*
 * Who may read the team's settings. Changing them is `settings.manage` (administrators) in the
 * shared policy table; the public sees the profile subset only, through its own route.
 */

/** Staff and leadership read the settings; partners work by their own steps and do not. */
export function canReadSettings(actor: Actor): boolean {
  if (actor.type === "system") return true;
  if (actor.type === "public") return false;
  return !isPartner(actor);
}

/** 401 for the public, 403 for partners. */
export function assertReadSettings(actor: Actor): void {
  if (actor.type === "public") throw new AppError("unauthenticated", "error.unauthenticated");
  if (!canReadSettings(actor)) throw forbidden();
}
