import { invalid } from "../../core/errors.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import type { Role } from "../../core/roles.ts";
import type { Organisation, User } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";

/*
 * Checks of the ids a step output or a request names: they must exist and be of the right kind,
 * or the request is refused with a 400 that says which field is wrong.
 */

/** The organisation, if it exists and is of one of `kinds`; else 400 on `path`. */
export async function requireOrganisation(
  ctx: CommandContext,
  organisationId: number,
  kinds: readonly OrganisationKindName[],
  path: string,
): Promise<Organisation> {
  const org = await ctx.db.selectFrom("organisations").selectAll().where("id", "=", organisationId).executeTakeFirst();
  if (!org || !kinds.includes(org.kind)) {
    throw invalid("workflow.organisation_invalid", { organisationId, kinds: kinds.join("/") }, [{ path }]);
  }
  return org;
}

/** An enabled user of one of `roles` (and of `organisationId`, when given); else 400 on `path`. */
export async function requireAssignableUser(
  ctx: CommandContext,
  userId: number,
  roles: readonly Role[],
  path: string,
  organisationId?: number | null,
): Promise<User> {
  const user = await ctx.db.selectFrom("users").selectAll().where("id", "=", userId).executeTakeFirst();
  const fits =
    user !== undefined &&
    user.disabled === 0 &&
    roles.includes(user.role) &&
    (organisationId === undefined || organisationId === null || user.organisation_id === organisationId);
  if (!fits) throw invalid("workflow.assignee_invalid", { userId }, [{ path }]);
  return user!;
}
