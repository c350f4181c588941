import { assertCan } from "../../core/policies/index.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import type { Organisation } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableOrganisation, checkNameFree, nameConflictOr } from "./organisation-rules.ts";

export interface CreateOrganisationInput {
  name: string;
  shortName?: string | null;
  kind: OrganisationKindName;
  email?: string | null;
  phone?: string | null;
}

/** Adds an organisation to the register (names are unique: 409 otherwise). */
export async function createOrganisation(ctx: CommandContext, input: CreateOrganisationInput): Promise<Organisation> {
  assertCan(ctx.actor, "organisation.manage");
  const name = input.name.trim();
  await checkNameFree(ctx, name);
  const now = ctx.now.toISOString();
  let row: Organisation;
  try {
    row = await ctx.db
      .insertInto("organisations")
      .values({
        name,
        short_name: input.shortName?.trim() || null,
        kind: input.kind,
        email: input.email ?? null,
        phone: input.phone ?? null,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    throw nameConflictOr(error, name);
  }
  await appendAudit(ctx, {
    action: "organisation.create",
    entityType: "organisation",
    entityId: row.id,
    before: null,
    after: auditableOrganisation(row),
  });
  return row;
}
