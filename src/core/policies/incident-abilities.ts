import type { UserActor } from "../actor.ts";
import type { CaseResource } from "./actions.ts";
import { stepAuthority, type StepOwnership } from "./incident.ts";
import { can } from "./index.ts";

/** What the caller may do to one incident, for the client to offer only that. */
export interface IncidentAbilities {
  completeStep: boolean;
  /** The active step is an outside party's and the caller (the lead) may record it for them. */
  recordOnBehalf: boolean;
  assign: boolean;
  reopen: boolean;
  classify: boolean;
  escalate: boolean;
  updateMitigation: boolean;
  createAccessLink: boolean;
  readAudit: boolean;
}

/**
 * The abilities of `actor` on an incident, given the policy resource, whether it is open, and who
 * owns its active step (null when none is active).
 */
export function incidentAbilities(
  actor: UserActor,
  resource: CaseResource,
  state: { open: boolean; activeStep: StepOwnership | null },
): IncidentAbilities {
  const authority =
    state.open && state.activeStep && can(actor, "incident.step", resource)
      ? stepAuthority(actor, state.activeStep)
      : "forbidden";
  return {
    completeStep: authority === "allow",
    recordOnBehalf: authority === "on_behalf_required",
    assign: state.open && can(actor, "incident.assign", resource),
    reopen: can(actor, "incident.reopen", resource),
    classify: can(actor, "incident.classify", resource),
    escalate: state.open && can(actor, "incident.escalate", resource),
    updateMitigation: can(actor, "incident.mitigation", resource),
    createAccessLink: state.open && can(actor, "incident.access_link", resource),
    readAudit: can(actor, "incident.audit", resource),
  };
}
