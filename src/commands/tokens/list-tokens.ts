import { AppError } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { ApiToken } from "../../db/schema.ts";
import type { QueryContext } from "../query-context.ts";

/** The signed-in user's own tokens, newest first, revoked and expired ones included. */
export async function listOwnApiTokens(ctx: QueryContext): Promise<ApiToken[]> {
  if (ctx.actor.type !== "user") throw new AppError("unauthenticated", "error.unauthenticated");
  assertCan(ctx.actor, "token.manage_own", { kind: "token", userId: ctx.actor.id });
  return ctx.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("user_id", "=", ctx.actor.id)
    .orderBy("id", "desc")
    .execute();
}
