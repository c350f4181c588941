import { describe, expect, it } from "vitest";
import { publicActor, systemActor, type UserActor } from "../../src/core/actor.ts";
import { incidentAbilities } from "../../src/core/policies/incident-abilities.ts";
import { incidentAudience, incidentResource, stepAuthority } from "../../src/core/policies/incident.ts";
import { can } from "../../src/core/policies/index.ts";
import { ROLES, type Role } from "../../src/core/roles.ts";
import { DENPASAR_SOP } from "../../src/core/sop/definition.ts";

const OWN = 10;
const OTHER = 20;
const actorOf = (role: Role, organisationId: number | null = OWN): UserActor => ({
  type: "user",
  id: 1,
  username: role,
  role,
  specialty: null,
  organisationId,
  via: "session",
});

/*
 * Who may complete each step of the Denpasar SOP: a role × step matrix. For partner steps the step
 * is owned by the actor's organisation (OWN); "o" marks where another organisation's partner is
 * refused although the role fits. a = allow, f = forbidden, b = on behalf required.
 */
// prettier-ignore
const STEP_MATRIX: Record<string, Record<Role, string>> = {
  //                   admin intake csirt csirt_lead agency developer upstream viewer
  receive:             { admin: "f", intake: "a", csirt: "f", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  forward:             { admin: "f", intake: "a", csirt: "f", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  verify:              { admin: "f", intake: "f", csirt: "a", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  mitigate:            { admin: "f", intake: "f", csirt: "a", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  handle:              { admin: "f", intake: "f", csirt: "a", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  analyse:             { admin: "f", intake: "f", csirt: "a", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
  upstream_followup:   { admin: "f", intake: "f", csirt: "f", csirt_lead: "b", agency: "f", developer: "f", upstream: "o", viewer: "f" },
  agency_coordination: { admin: "f", intake: "f", csirt: "f", csirt_lead: "b", agency: "o", developer: "f", upstream: "f", viewer: "f" },
  developer_reply:     { admin: "f", intake: "f", csirt: "f", csirt_lead: "b", agency: "f", developer: "o", upstream: "f", viewer: "f" },
  final_report:        { admin: "f", intake: "a", csirt: "a", csirt_lead: "a", agency: "f", developer: "f", upstream: "f", viewer: "f" },
};

describe("step authority", () => {
  const cells = DENPASAR_SOP.steps.flatMap((s) =>
    ROLES.map((role) => [s.code, role, STEP_MATRIX[s.code]![role]] as const),
  );

  it("covers every step of the SOP", () => {
    expect(Object.keys(STEP_MATRIX)).toEqual(DENPASAR_SOP.steps.map((s) => s.code));
  });

  it.each(cells)("%s by %s: %s", (code, role, expected) => {
    const step = DENPASAR_SOP.steps.find((s) => s.code === code)!;
    const own = stepAuthority(actorOf(role), { ownerRoles: step.ownerRoles, ownerOrgId: OWN });
    const other = stepAuthority(actorOf(role), { ownerRoles: step.ownerRoles, ownerOrgId: OTHER });
    const names = { allow: "a", forbidden: "f", on_behalf_required: "b", on_behalf_not_allowed: "x" };
    if (expected === "o") {
      expect([names[own], names[other]]).toEqual(["a", "f"]);
    } else {
      expect(names[own]).toBe(expected);
    }
  });

  it("let only the lead record for someone else", () => {
    const upstream = { ownerRoles: ["upstream" as const], ownerOrgId: OWN };
    expect(stepAuthority(actorOf("csirt_lead"), upstream, { onBehalfOf: "BaliProv-CSIRT" })).toBe("allow");
    expect(stepAuthority(actorOf("csirt"), upstream, { onBehalfOf: "BaliProv-CSIRT" })).toBe("on_behalf_not_allowed");
    expect(stepAuthority(actorOf("upstream"), upstream, { onBehalfOf: "someone" })).toBe("on_behalf_not_allowed");
  });

  it("refuse a partner without an organisation even on an unowned step", () => {
    expect(stepAuthority(actorOf("developer", null), { ownerRoles: ["developer"], ownerOrgId: null })).toBe(
      "forbidden",
    );
  });

  it("let Sigap itself (and signed links through it) act, never the public", () => {
    expect(stepAuthority(systemActor("link:1"), { ownerRoles: ["developer"], ownerOrgId: null })).toBe("allow");
    expect(stepAuthority(publicActor, { ownerRoles: ["developer"], ownerOrgId: OWN })).toBe("forbidden");
  });
});

describe("incident visibility as a policy resource", () => {
  it("names every organisation involved, escalation targets included, once", () => {
    expect(
      incidentResource({ agencyOrgId: 1, developerOrgId: null, upstreamOrgId: 1, escalationOrgIds: [4, 4, 5] }),
    ).toEqual({
      kind: "incident",
      organisationIds: [1, 4, 5],
    });
  });

  it("let a partner read only incidents its organisation is party to", () => {
    const mine = incidentResource({
      agencyOrgId: null,
      developerOrgId: null,
      upstreamOrgId: null,
      escalationOrgIds: [OWN],
    });
    const theirs = incidentResource({
      agencyOrgId: OTHER,
      developerOrgId: null,
      upstreamOrgId: null,
      escalationOrgIds: [],
    });
    for (const role of ["agency", "developer", "upstream"] as const) {
      expect(can(actorOf(role), "incident.read", mine)).toBe(true);
      expect(can(actorOf(role), "incident.read", theirs)).toBe(false);
    }
    expect(can(actorOf("csirt"), "incident.read", theirs)).toBe(true);
  });

  it("choose the presenter's audience by role", () => {
    expect(ROLES.map((r) => [r, incidentAudience(actorOf(r))])).toEqual([
      ["admin", "internal"],
      ["intake", "internal"],
      ["csirt", "internal"],
      ["csirt_lead", "internal"],
      ["agency", "partner"],
      ["developer", "partner"],
      ["upstream", "partner"],
      ["viewer", "leadership"],
    ]);
  });
});

describe("abilities on one incident", () => {
  const resource = incidentResource({
    agencyOrgId: OWN,
    developerOrgId: null,
    upstreamOrgId: null,
    escalationOrgIds: [],
  });
  const agencyStep = { ownerRoles: ["agency" as const], ownerOrgId: OWN };

  it("offer the agency its own step and nothing of the CSIRT's", () => {
    expect(incidentAbilities(actorOf("agency"), resource, { open: true, activeStep: agencyStep })).toEqual({
      completeStep: true,
      recordOnBehalf: false,
      assign: false,
      reopen: false,
      classify: false,
      escalate: false,
      updateMitigation: false,
      createAccessLink: false,
      readAudit: false,
    });
  });

  it("offer the lead to record the agency's step on its behalf, and everything else", () => {
    expect(incidentAbilities(actorOf("csirt_lead"), resource, { open: true, activeStep: agencyStep })).toEqual({
      completeStep: false,
      recordOnBehalf: true,
      assign: true,
      reopen: true,
      classify: true,
      escalate: true,
      updateMitigation: true,
      createAccessLink: true,
      readAudit: true,
    });
  });

  it("offer no step work on a closed incident, but reopening", () => {
    const closed = incidentAbilities(actorOf("csirt_lead"), resource, { open: false, activeStep: null });
    expect(closed).toMatchObject({
      completeStep: false,
      recordOnBehalf: false,
      assign: false,
      escalate: false,
      reopen: true,
    });
  });
});
