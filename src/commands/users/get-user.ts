import { notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { User } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";
import { userResource } from "./user-rules.ts";

/** One user, if the actor may see them (404 otherwise, whether or not they exist). */
export async function getUser(ctx: QueryContext, input: { userId: number }): Promise<User> {
  const row = await ctx.db.selectFrom("users").selectAll().where("id", "=", input.userId).executeTakeFirst();
  if (!row) throw notFound("user");
  assertCan(ctx.actor, "user.read", userResource(row));
  return row;
}
