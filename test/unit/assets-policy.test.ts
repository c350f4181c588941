import { describe, expect, it } from "vitest";
import { publicActor, systemActor, type UserActor } from "../../src/core/actor.ts";
import { canManageAssets, canReadAssets, canSeeApplication } from "../../src/core/assets/policy.ts";
import { ROLES, type Role } from "../../src/core/roles.ts";
import { canReadSettings } from "../../src/core/settings-policy.ts";

const ORG = 7;
const user = (
  role: Role,
  organisationId: number | null = ["agency", "developer", "upstream"].includes(role) ? ORG : null,
): UserActor => ({
  type: "user",
  id: 1,
  username: role,
  role,
  specialty: null,
  organisationId,
  via: "session",
});

const theirs = { ownerOrgId: ORG, developerOrgId: 8 };
const built = { ownerOrgId: 9, developerOrgId: ORG };
const others = { ownerOrgId: 9, developerOrgId: 8 };

describe("asset registry policy, role by role", () => {
  const expected: Record<
    Role,
    { read: boolean; manage: boolean; theirs: boolean; built: boolean; others: boolean; settings: boolean }
  > = {
    admin: { read: true, manage: true, theirs: true, built: true, others: true, settings: true },
    intake: { read: true, manage: false, theirs: true, built: true, others: true, settings: true },
    csirt: { read: true, manage: false, theirs: true, built: true, others: true, settings: true },
    csirt_lead: { read: true, manage: false, theirs: true, built: true, others: true, settings: true },
    viewer: { read: true, manage: false, theirs: true, built: true, others: true, settings: true },
    agency: { read: true, manage: false, theirs: true, built: false, others: false, settings: false },
    developer: { read: true, manage: false, theirs: false, built: true, others: false, settings: false },
    upstream: { read: false, manage: false, theirs: false, built: false, others: false, settings: false },
  };
  it.each(ROLES)("%s", (role) => {
    const actor = user(role);
    expect({
      read: canReadAssets(actor),
      manage: canManageAssets(actor),
      theirs: canSeeApplication(actor, theirs),
      built: canSeeApplication(actor, built),
      others: canSeeApplication(actor, others),
      settings: canReadSettings(actor),
    }).toEqual(expected[role]);
  });

  it("a partner without an organisation sees nothing; the public nothing; Sigap itself everything", () => {
    expect(canSeeApplication(user("agency", null), { ownerOrgId: null, developerOrgId: null })).toBe(false);
    expect(canReadAssets(publicActor) || canSeeApplication(publicActor, theirs) || canReadSettings(publicActor)).toBe(
      false,
    );
    const system = systemActor("cli");
    expect(canManageAssets(system) && canSeeApplication(system, others) && canReadSettings(system)).toBe(true);
  });
});
