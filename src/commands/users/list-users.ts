import type { ExpressionBuilder } from "kysely";
import type { Actor } from "../../core/actor.ts";
import { assertCan } from "../../core/policies/index.ts";
import { isInternal, isPartner } from "../../core/policies/scope.ts";
import type { Role } from "../../core/roles.ts";
import type { DB, User } from "../../db/schema.ts";
import { containsPattern, lowerLike } from "../like-pattern.ts";
import type { QueryContext } from "../query-context.ts";

export interface ListUsersInput {
  q?: string;
  role?: Role;
  organisationId?: number;
  disabled?: boolean;
  page: number;
  pageSize: number;
}

/**
 * The users an actor may see, as a SQL condition (mirrors `canReadUser`): staff see all, partners
 * their own organisation, anyone else only themselves.
 */
export function visibleUsers(actor: Actor) {
  return (eb: ExpressionBuilder<DB, "users">) => {
    if (actor.type === "system") return eb.lit(true);
    if (actor.type === "public") return eb.lit(false);
    if (isInternal(actor)) return eb.lit(true);
    if (isPartner(actor) && actor.organisationId !== null) {
      return eb.or([eb("users.organisation_id", "=", actor.organisationId), eb("users.id", "=", actor.id)]);
    }
    return eb("users.id", "=", actor.id);
  };
}

/** A page of the users the actor may see, filtered and ordered by username. */
export async function listUsers(ctx: QueryContext, input: ListUsersInput): Promise<{ items: User[]; total: number }> {
  assertCan(ctx.actor, "user.read");
  let query = ctx.db.selectFrom("users").where(visibleUsers(ctx.actor));
  if (input.q) {
    const pattern = containsPattern(input.q);
    query = query.where((eb) =>
      eb.or([
        lowerLike("users.username", pattern),
        lowerLike("users.display_name", pattern),
        lowerLike("users.email", pattern),
      ]),
    );
  }
  if (input.role) query = query.where("users.role", "=", input.role);
  if (input.organisationId !== undefined) query = query.where("users.organisation_id", "=", input.organisationId);
  if (input.disabled !== undefined) query = query.where("users.disabled", "=", input.disabled ? 1 : 0);

  const [items, count] = await Promise.all([
    query
      .selectAll()
      .orderBy("users.username")
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}
