import { notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { Organisation } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";
import { organisationResource } from "./organisation-rules.ts";

/** One organisation, if the actor may see it (404 otherwise). */
export async function getOrganisation(ctx: QueryContext, input: { organisationId: number }): Promise<Organisation> {
  const row = await ctx.db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", input.organisationId)
    .executeTakeFirst();
  if (!row) throw notFound("organisation");
  assertCan(ctx.actor, "organisation.read", organisationResource(row));
  return row;
}
