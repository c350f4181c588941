import type { UserActor } from "../actor.ts";
import type { Role } from "../roles.ts";
import type { Resource } from "./actions.ts";
import { isPartner, partnerScope } from "./scope.ts";

/*
 * Reports and incidents. Placeholders that the SOP work refines with step-level actions; what is
 * settled here: partners see only the cases their organisation is part of, leadership reads.
 */

const READERS: readonly Role[] = ["admin", "intake", "csirt", "csirt_lead", "viewer"];
const REPORT_CREATORS: readonly Role[] = ["intake", "csirt", "csirt_lead", "agency", "upstream"];
const INCIDENT_HANDLERS: readonly Role[] = ["csirt", "csirt_lead"];

function readCase(kind: "report" | "incident") {
  return (actor: UserActor, resource: Resource | undefined): boolean => {
    if (resource !== undefined && resource.kind !== kind) return false;
    if (isPartner(actor)) return partnerScope(actor, resource?.organisationIds);
    return READERS.includes(actor.role);
  };
}

export const canReadReport = readCase("report");
export const canReadIncident = readCase("incident");

/**
 * Staff record letters and calls; an agency officer may file about its own systems and an upstream
 * CSIRT may forward what it received. Vendors and leadership do not file.
 */
export function canCreateReport(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined) return false;
  return REPORT_CREATORS.includes(actor.role);
}

/** Analysts and their lead handle incidents. */
export function canManageIncident(actor: UserActor, resource: Resource | undefined): boolean {
  if (resource !== undefined && resource.kind !== "incident") return false;
  return INCIDENT_HANDLERS.includes(actor.role);
}
