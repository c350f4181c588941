/**
 * Everything a policy can be asked about. The SOP work adds its step actions here; a rule for each
 * action is required by the type of `RULES` in `index.ts`, so a forgotten action fails to compile
 * instead of silently allowing or denying.
 */
export const ACTIONS = [
  "user.read",
  "user.manage",
  "organisation.read",
  "organisation.manage",
  "token.manage_own",
  "token.manage_any",
  "audit.read",
  "settings.manage",
  "report.read",
  "report.create",
  "incident.read",
  "incident.manage",
  "incident.step",
  "incident.classify",
  "incident.assign",
  "incident.reopen",
  "incident.escalate",
  "incident.mitigation",
  "incident.access_link",
  "incident.audit",
  "dashboard.read",
] as const;

export type Action = (typeof ACTIONS)[number];

/** A user account, with the organisation it belongs to. */
export interface UserResource {
  kind: "user";
  id: number;
  organisationId: number | null;
}

/** An organisation (agency, vendor, upstream CSIRT, the CSIRT itself). */
export interface OrganisationResource {
  kind: "organisation";
  id: number;
}

/** An API token, by its owner. */
export interface TokenResource {
  kind: "token";
  userId: number;
}

/** A report or an incident, with the partner organisations involved (owning agency, developer, upstream). */
export interface CaseResource {
  kind: "report" | "incident";
  organisationIds: readonly number[];
}

/** What a scoped action is about; unscoped actions (audit, settings, dashboard) take none. */
export type Resource = UserResource | OrganisationResource | TokenResource | CaseResource;

export const isAction = (value: string): value is Action => (ACTIONS as readonly string[]).includes(value);
