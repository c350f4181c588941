import { conflict } from "../../core/errors.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import { assertCan } from "../../core/policies/index.ts";
import { ORGANISATION_KIND_FOR_ROLE, type Role } from "../../core/roles.ts";
import type { Organisation } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import {
  auditableOrganisation,
  checkNameFree,
  loadOrganisationForUpdate,
  nameConflictOr,
  organisationResource,
} from "./organisation-rules.ts";

/** Fields left out stay as they are; `null` clears an optional field. */
export interface UpdateOrganisationInput {
  organisationId: number;
  name?: string;
  shortName?: string | null;
  kind?: OrganisationKindName;
  email?: string | null;
  phone?: string | null;
}

/**
 * Changes an organisation. Its kind cannot change while partner accounts that need the old kind
 * belong to it (an agency officer must stay in an agency).
 */
export async function updateOrganisation(ctx: CommandContext, input: UpdateOrganisationInput): Promise<Organisation> {
  const before = await loadOrganisationForUpdate(ctx, input.organisationId);
  assertCan(ctx.actor, "organisation.manage", organisationResource(before));
  const name = input.name?.trim() ?? before.name;
  if (name !== before.name) await checkNameFree(ctx, name, before.id);

  const kind = input.kind ?? before.kind;
  if (kind !== before.kind) {
    const bound = (Object.entries(ORGANISATION_KIND_FOR_ROLE) as [Role, string][])
      .filter(([, needed]) => needed !== kind)
      .map(([role]) => role);
    const member = await ctx.db
      .selectFrom("users")
      .select("role")
      .where("organisation_id", "=", before.id)
      .where("role", "in", bound)
      .executeTakeFirst();
    if (member) throw conflict("organisation.kind_in_use", { role: member.role });
  }

  let after: Organisation;
  try {
    after = await ctx.db
      .updateTable("organisations")
      .set({
        name,
        short_name: input.shortName !== undefined ? input.shortName?.trim() || null : before.short_name,
        kind,
        email: input.email !== undefined ? input.email : before.email,
        phone: input.phone !== undefined ? input.phone : before.phone,
        updated_at: ctx.now.toISOString(),
      })
      .where("id", "=", before.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, name);
  }
  await appendAudit(ctx, {
    action: "organisation.update",
    entityType: "organisation",
    entityId: after.id,
    before: auditableOrganisation(before),
    after: auditableOrganisation(after),
  });
  return after;
}
