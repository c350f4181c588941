import { describe, expect, it } from "vitest";
import { publicActor, systemActor, type UserActor } from "../../src/core/actor.ts";
import { decideReportWork, mayReadReporterContact, type ReportWork } from "../../src/core/reports/access.ts";
import { ROLES, type Role } from "../../src/core/roles.ts";

const user = (role: Role): UserActor => ({
  type: "user",
  id: 1,
  username: role,
  role,
  specialty: null,
  organisationId: 7,
  via: "session",
});

const EXPECTED: Record<Role, Record<ReportWork, string>> = {
  admin: { read: "allow", record: "allow", merge: "forbidden", edit_observables: "forbidden" },
  intake: { read: "allow", record: "allow", merge: "allow", edit_observables: "allow" },
  csirt: { read: "allow", record: "allow", merge: "allow", edit_observables: "allow" },
  csirt_lead: { read: "allow", record: "allow", merge: "allow", edit_observables: "allow" },
  viewer: { read: "allow", record: "forbidden", merge: "forbidden", edit_observables: "forbidden" },
  agency: { read: "not_found", record: "not_found", merge: "not_found", edit_observables: "not_found" },
  developer: { read: "not_found", record: "not_found", merge: "not_found", edit_observables: "not_found" },
  upstream: { read: "not_found", record: "not_found", merge: "not_found", edit_observables: "not_found" },
};

describe("decideReportWork", () => {
  for (const role of ROLES) {
    for (const work of ["read", "record", "merge", "edit_observables"] as const) {
      it(`${role} ${work} → ${EXPECTED[role][work]}`, () => {
        expect(decideReportWork(user(role), work)).toBe(EXPECTED[role][work]);
      });
    }
  }

  it("asks the public to sign in and lets Sigap itself do everything", () => {
    expect(decideReportWork(publicActor, "read")).toBe("unauthenticated");
    expect(decideReportWork(systemActor("intake"), "merge")).toBe("allow");
  });
});

describe("mayReadReporterContact", () => {
  it("hides a confidential reporter from leadership, partners and the public only", () => {
    expect(mayReadReporterContact(user("csirt"), true)).toBe(true);
    expect(mayReadReporterContact(user("viewer"), true)).toBe(false);
    expect(mayReadReporterContact(user("viewer"), false)).toBe(true);
    expect(mayReadReporterContact(user("agency"), false)).toBe(false);
    expect(mayReadReporterContact(publicActor, false)).toBe(false);
  });
});
