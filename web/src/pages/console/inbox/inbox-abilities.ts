import type { UserActor } from "../../../../../src/core/actor.ts";
import { stepAuthority } from "../../../../../src/core/policies/incident.ts";
import { decideReportWork } from "../../../../../src/core/reports/access.ts";
import type { SopDefinition } from "../../../../../src/core/sop/schema.ts";
import type { Session } from "../../../api/session.ts";

/*
 * What the signed-in user may do in the inbox, decided by the server's own pure rules (the
 * report-work table and the step authority), so the page offers exactly what would be accepted.
 * The server checks again on every request.
 */

/** The session's user as the domain's policies see them. */
export function sessionActor(session: Session): UserActor {
  const { id, username, role, specialty, organisationId } = session.user;
  return { type: "user", id, username, role: role as UserActor["role"], specialty, organisationId, via: "session" };
}

export interface InboxAbilities {
  /** Record a letter or a phone call. */
  record: boolean;
  /** Complete the forwarding step. */
  forward: boolean;
  /** Merge a duplicate report into another incident. */
  merge: boolean;
  /** Ask the reporter a question or write a note on the report. */
  message: boolean;
}

/** The inbox actions open to the session, with the team's SOP saying who owns the forwarding step. */
export function inboxAbilities(session: Session, sop: SopDefinition | undefined): InboxAbilities {
  const actor = sessionActor(session);
  const forwardStep = sop?.steps.find((s) => s.code === "forward");
  return {
    record: decideReportWork(actor, "record") === "allow",
    forward:
      forwardStep !== undefined &&
      session.abilities.includes("incident.step") &&
      stepAuthority(actor, { ownerRoles: forwardStep.ownerRoles, ownerOrgId: null }) === "allow",
    merge: decideReportWork(actor, "merge") === "allow",
    message: decideReportWork(actor, "record") === "allow",
  };
}
