import { conflict, notFound } from "../../core/errors.ts";
import type { OrganisationResource } from "../../core/policies/index.ts";
import { forUpdate, isUniqueViolation } from "../../db/dialect.ts";
import type { Organisation } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";

export const organisationResource = (row: Pick<Organisation, "id">): OrganisationResource => ({
  kind: "organisation",
  id: row.id,
});

/** The fields the audit log records (all of them: an organisation holds no secrets). */
export function auditableOrganisation(row: Organisation): Record<string, unknown> {
  return { name: row.name, short_name: row.short_name, kind: row.kind, email: row.email, phone: row.phone };
}

/** The organisation row, locked until commit on PostgreSQL; 404 when absent. */
export async function loadOrganisationForUpdate(ctx: CommandContext, id: number): Promise<Organisation> {
  const row = await ctx.db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", id)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!row) throw notFound("organisation");
  return row;
}

/** 409 when another organisation already has this name. */
export async function checkNameFree(ctx: CommandContext, name: string, exceptId?: number): Promise<void> {
  let query = ctx.db.selectFrom("organisations").select("id").where("name", "=", name);
  if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
  if (await query.executeTakeFirst()) throw conflict("organisation.name_taken", { name });
}

/** Turns a unique violation on the name (a concurrent create) into the same 409. */
export function nameConflictOr(error: unknown, name: string): unknown {
  return isUniqueViolation(error) ? conflict("organisation.name_taken", { name }) : error;
}
