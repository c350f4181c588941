import type { UserActor } from "../../../../../src/core/actor.ts";
import { decideReportWork, type ReportWork } from "../../../../../src/core/reports/access.ts";
import { isRole } from "../../../../../src/core/roles.ts";
import type { Session } from "../../../api/session.ts";

/**
 * Whether the signed-in user may do this work with evidence and observables, by the server's own
 * rule (src/core/reports/access.ts); the incident's visibility is the server's to check.
 */
export function mayDoReportWork(session: Session | null | undefined, work: ReportWork): boolean {
  if (!session || !isRole(session.user.role)) return false;
  const actor: UserActor = {
    type: "user",
    id: session.user.id,
    username: session.user.username,
    role: session.user.role,
    specialty: session.user.specialty,
    organisationId: session.user.organisationId,
    via: "session",
  };
  return decideReportWork(actor, work) === "allow";
}
