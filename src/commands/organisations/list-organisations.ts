import type { ExpressionBuilder } from "kysely";
import type { Actor } from "../../core/actor.ts";
import type { OrganisationKindName } from "../../core/organisation-kinds.ts";
import { assertCan } from "../../core/policies/index.ts";
import { isPartner } from "../../core/policies/scope.ts";
import type { DB, Organisation } from "../../db/schema.ts";
import { containsPattern, lowerLike } from "../like-pattern.ts";
import type { QueryContext } from "../query-context.ts";

export interface ListOrganisationsInput {
  q?: string;
  kind?: OrganisationKindName;
  page: number;
  pageSize: number;
}

/** The organisations an actor may see, as a SQL condition (mirrors `canReadOrganisation`). */
export function visibleOrganisations(actor: Actor) {
  return (eb: ExpressionBuilder<DB, "organisations">) => {
    if (actor.type === "system") return eb.lit(true);
    if (actor.type === "public") return eb.lit(false);
    if (isPartner(actor)) {
      return actor.organisationId === null ? eb.lit(false) : eb("organisations.id", "=", actor.organisationId);
    }
    return eb.lit(true);
  };
}

/** A page of the organisations the actor may see, ordered by name. */
export async function listOrganisations(
  ctx: QueryContext,
  input: ListOrganisationsInput,
): Promise<{ items: Organisation[]; total: number }> {
  assertCan(ctx.actor, "organisation.read");
  let query = ctx.db.selectFrom("organisations").where(visibleOrganisations(ctx.actor));
  if (input.q) {
    const pattern = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([lowerLike("organisations.name", pattern), lowerLike("organisations.short_name", pattern)]),
    );
  }
  if (input.kind) query = query.where("organisations.kind", "=", input.kind);
  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy("organisations.name")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
