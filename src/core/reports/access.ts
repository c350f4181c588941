import type { Actor } from "../actor.ts";
import { AppError, forbidden, notFound } from "../errors.ts";
import type { Role } from "../roles.ts";

/*
 * Who may work with reports, their evidence and observables through the staff API. These records
 * carry the reporter's identity and contact, so they stay inside the team: partners (agency,
 * developer, upstream) are told such things do not exist (404), leadership reads, and the roles
 * that record and handle reports write. Per-incident visibility is checked on top of this.
 */

export type ReportWork =
  /** Read reports, evidence metadata and files, observables. */
  | "read"
  /** Record a report by hand (letter, phone), upload evidence, write to the reporter. */
  | "record"
  /** Merge a duplicate report into another incident. */
  | "merge"
  /** Add, change and delete observables. */
  | "edit_observables";

const ALLOWED: Readonly<Record<ReportWork, readonly Role[]>> = {
  read: ["admin", "intake", "csirt", "csirt_lead", "viewer"],
  record: ["admin", "intake", "csirt", "csirt_lead"],
  merge: ["intake", "csirt", "csirt_lead"],
  edit_observables: ["intake", "csirt", "csirt_lead"],
};

const PARTNER_ROLES: readonly Role[] = ["agency", "developer", "upstream"];

export type ReportDecision = "allow" | "unauthenticated" | "not_found" | "forbidden";

/** The answer for `actor` doing `work`: partners get "not found", other staff without the role "forbidden". */
export function decideReportWork(actor: Actor, work: ReportWork): ReportDecision {
  if (actor.type === "system") return "allow";
  if (actor.type === "public") return "unauthenticated";
  if (PARTNER_ROLES.includes(actor.role)) return "not_found";
  return ALLOWED[work].includes(actor.role) ? "allow" : "forbidden";
}

/** Throws what `decideReportWork` calls for, unless allowed. */
export function assertReportWork(actor: Actor, work: ReportWork, entity = "report"): void {
  switch (decideReportWork(actor, work)) {
    case "allow":
      return;
    case "unauthenticated":
      throw new AppError("unauthenticated", "error.unauthenticated");
    case "not_found":
      throw notFound(entity);
    case "forbidden":
      throw forbidden();
  }
}

/** Whether the actor may see the reporter's contact: not leadership when the reporter asked for confidentiality. */
export function mayReadReporterContact(actor: Actor, confidential: boolean): boolean {
  if (actor.type === "system") return true;
  if (actor.type !== "user") return false;
  if (PARTNER_ROLES.includes(actor.role)) return false;
  return !(confidential && actor.role === "viewer");
}
