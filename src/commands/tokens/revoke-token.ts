import { notFound } from "../../core/errors.ts";
import { assertCan } from "../../core/policies/index.ts";
import { forUpdate } from "../../db/dialect.ts";
import type { ApiToken } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { tokenAction } from "./token-rules.ts";

/** Revokes a token at once (its next request gets 401). Revoking a revoked token changes nothing. */
export async function revokeApiToken(ctx: CommandContext, input: { tokenId: number }): Promise<ApiToken> {
  const row = await ctx.db
    .selectFrom("api_tokens")
    .selectAll()
    .where("id", "=", input.tokenId)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!row) throw notFound("token");
  const resource = { kind: "token" as const, userId: row.user_id };
  assertCan(ctx.actor, tokenAction(ctx.actor, resource), resource);
  if (row.revoked_at !== null) return row;

  const revoked = await ctx.db
    .updateTable("api_tokens")
    .set({ revoked_at: ctx.now.toISOString() })
    .where("id", "=", row.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "token.revoke",
    entityType: "api_token",
    entityId: row.id,
    detail: { userId: row.user_id, name: row.name, prefix: row.prefix },
  });
  return revoked;
}
