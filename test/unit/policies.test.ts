import { describe, expect, it } from "vitest";
import { publicActor, systemActor, type UserActor } from "../../src/core/actor.ts";
import { AppError } from "../../src/core/errors.ts";
import {
  abilities,
  ACTIONS,
  assertCan,
  can,
  decide,
  type Action,
  type Resource,
} from "../../src/core/policies/index.ts";
import { ROLES, type Role } from "../../src/core/roles.ts";

/*
 * The full role × action matrix. Each cell holds three expected answers:
 *   1. with no resource (may the role do this at all? — lists and abilities),
 *   2. on a resource of the actor's own scope (a user or case of its own organisation, its own
 *      organisation, its own token),
 *   3. on a resource of somebody else's scope (another organisation, another user's token).
 * Y = allowed, n = refused. Unscoped actions (audit, settings, dashboard, report.create) have no
 * resource, so their three answers are the same question asked three times and must agree.
 */
// prettier-ignore
const MATRIX: Record<Action, Record<Role, string>> = {
  //                    admin  intake  csirt  csirt_lead agency developer upstream viewer
  "user.read":           { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "nnn" },
  "user.manage":         { admin: "YYY", intake: "nnn", csirt: "nnn", csirt_lead: "nnn", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "organisation.read":   { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "YYY" },
  "organisation.manage": { admin: "YYY", intake: "nnn", csirt: "nnn", csirt_lead: "nnn", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "token.manage_own":    { admin: "YYn", intake: "YYn", csirt: "YYn", csirt_lead: "YYn", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "YYn" },
  "token.manage_any":    { admin: "YYY", intake: "nnn", csirt: "nnn", csirt_lead: "nnn", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "audit.read":          { admin: "YYY", intake: "nnn", csirt: "nnn", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "settings.manage":     { admin: "YYY", intake: "nnn", csirt: "nnn", csirt_lead: "nnn", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "report.read":         { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "YYY" },
  "report.create":       { admin: "nnn", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYY", developer: "nnn", upstream: "YYY", viewer: "nnn" },
  "incident.read":       { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "YYY" },
  "incident.manage":     { admin: "nnn", intake: "nnn", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.step":       { admin: "nnn", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "YYn", developer: "YYn", upstream: "YYn", viewer: "nnn" },
  "incident.classify":   { admin: "nnn", intake: "nnn", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.assign":     { admin: "nnn", intake: "nnn", csirt: "nnn", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.reopen":     { admin: "nnn", intake: "nnn", csirt: "nnn", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.escalate":   { admin: "nnn", intake: "nnn", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.mitigation": { admin: "nnn", intake: "nnn", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.access_link": { admin: "nnn", intake: "nnn", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "incident.audit":      { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "nnn" },
  "dashboard.read":      { admin: "YYY", intake: "YYY", csirt: "YYY", csirt_lead: "YYY", agency: "nnn", developer: "nnn", upstream: "nnn", viewer: "YYY" },
};

const OWN_ORG = 10;
const OTHER_ORG = 20;
const ACTOR_ID = 1;

const actorOf = (role: Role): UserActor => ({
  type: "user",
  id: ACTOR_ID,
  username: role,
  role,
  specialty: null,
  organisationId: OWN_ORG,
  via: "session",
});

/** The "own" and "other" resource each action is asked about; undefined for unscoped actions. */
function resources(action: Action): [Resource | undefined, Resource | undefined] {
  switch (action.split(".")[0]) {
    case "user":
      // Another member of the actor's organisation, not the actor (seeing oneself is tested apart).
      return [
        { kind: "user", id: 2, organisationId: OWN_ORG },
        { kind: "user", id: 3, organisationId: OTHER_ORG },
      ];
    case "organisation":
      return [
        { kind: "organisation", id: OWN_ORG },
        { kind: "organisation", id: OTHER_ORG },
      ];
    case "token":
      return [
        { kind: "token", userId: ACTOR_ID },
        { kind: "token", userId: 99 },
      ];
    case "report":
    case "incident": {
      if (action === "report.create") return [undefined, undefined];
      const kind = action.startsWith("report") ? "report" : "incident";
      return [
        { kind, organisationIds: [OTHER_ORG, OWN_ORG] },
        { kind, organisationIds: [OTHER_ORG] },
      ];
    }
    default:
      return [undefined, undefined];
  }
}

describe("policy matrix", () => {
  it("covers every action and every role", () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACTIONS].sort());
    for (const row of Object.values(MATRIX)) expect(Object.keys(row).sort()).toEqual([...ROLES].sort());
  });

  const cells = ACTIONS.flatMap((action) => ROLES.map((role) => [action, role, MATRIX[action][role]] as const));
  it.each(cells)("%s by %s: %s", (action, role, expected) => {
    const actor = actorOf(role);
    const [own, other] = resources(action);
    const answers = [can(actor, action), can(actor, action, own), can(actor, action, other)];
    expect(answers.map((a) => (a ? "Y" : "n")).join("")).toBe(expected);
  });
});

describe("policies beyond the matrix", () => {
  it("let every role read its own account, and no-one a partner's outside their organisation", () => {
    for (const role of ROLES) {
      expect(can(actorOf(role), "user.read", { kind: "user", id: ACTOR_ID, organisationId: OWN_ORG })).toBe(true);
    }
    expect(can(actorOf("agency"), "user.read", { kind: "user", id: 7, organisationId: null })).toBe(false);
  });

  it("give a partner without an organisation nothing of a partner's scope", () => {
    const orphan: UserActor = { ...actorOf("agency"), organisationId: null };
    expect(can(orphan, "incident.read")).toBe(false);
    expect(can(orphan, "organisation.read", { kind: "organisation", id: OWN_ORG })).toBe(false);
  });

  it("refuse a resource of the wrong kind instead of guessing", () => {
    expect(can(actorOf("admin"), "user.manage", { kind: "organisation", id: 1 })).toBe(false);
    expect(can(actorOf("csirt"), "incident.read", { kind: "report", organisationIds: [] })).toBe(false);
  });

  it("let Sigap itself do everything and the anonymous public nothing", () => {
    for (const action of ACTIONS) {
      expect(can(systemActor("test"), action)).toBe(true);
      expect(can(publicActor, action)).toBe(false);
    }
  });

  it("list the abilities as the matrix's first answers", () => {
    for (const role of ROLES) {
      expect(abilities(actorOf(role))).toEqual(ACTIONS.filter((a) => MATRIX[a][role][0] === "Y"));
    }
    expect(abilities(publicActor)).toEqual([]);
    expect(abilities(systemActor("x"))).toEqual([...ACTIONS]);
  });

  it("answer 401 to the public, 404 for what the actor may not see, 403 for what it sees but may not do", () => {
    const foreignUser: Resource = { kind: "user", id: 3, organisationId: OTHER_ORG };
    const colleague: Resource = { kind: "user", id: 2, organisationId: OWN_ORG };
    expect(decide(publicActor, "user.read")).toBe("unauthenticated");
    expect(decide(actorOf("agency"), "user.manage", foreignUser)).toBe("not_found");
    expect(decide(actorOf("agency"), "user.manage", colleague)).toBe("forbidden");
    expect(decide(actorOf("viewer"), "dashboard.read")).toBe("allow");
    expect(decide(actorOf("csirt"), "token.manage_own", { kind: "token", userId: 99 })).toBe("not_found");

    const statusOf = (fn: () => void) => {
      try {
        fn();
        return 200;
      } catch (error) {
        return (error as AppError).status;
      }
    };
    expect(statusOf(() => assertCan(publicActor, "user.read"))).toBe(401);
    expect(statusOf(() => assertCan(actorOf("agency"), "user.manage", foreignUser))).toBe(404);
    expect(statusOf(() => assertCan(actorOf("agency"), "user.manage", colleague))).toBe(403);
    expect(statusOf(() => assertCan(actorOf("admin"), "user.manage", foreignUser))).toBe(200);
  });
});
