import { newApiToken, sha256Hex } from "../../auth/secrets.ts";
import { invalid, notFound } from "../../core/errors.ts";
import { assertCan, canSee } from "../../core/policies/index.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { userResource } from "../users/user-rules.ts";
import { tokenAction } from "./token-rules.ts";

/** Tokens expire after this unless the caller says otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;

export interface CreateApiTokenInput {
  userId: number;
  name: string;
  /** Absent: in DEFAULT_TOKEN_DAYS days. `null`: never — only when explicitly asked for. */
  expiresAt?: Date | null;
}

export interface CreatedApiToken {
  id: number;
  name: string;
  /** The secret itself: shown once, stored only as its SHA-256. */
  token: string;
  /** The first characters, to recognise the token in lists. */
  prefix: string;
  expiresAt: string | null;
}

/** Issues an API token that acts as `userId`: users for themselves, administrators for anyone. */
export async function createApiToken(ctx: CommandContext, input: CreateApiTokenInput): Promise<CreatedApiToken> {
  const owner = await ctx.db
    .selectFrom("users")
    .select(["id", "organisation_id"])
    .where("id", "=", input.userId)
    .executeTakeFirst();
  // Whether the user exists is itself only for those who may see them.
  if (!owner || !canSee(ctx.actor, userResource(owner))) throw notFound("user");
  const resource = { kind: "token" as const, userId: owner.id };
  assertCan(ctx.actor, tokenAction(ctx.actor, resource), resource);

  const expiresAt =
    input.expiresAt === undefined ? new Date(ctx.now.getTime() + DEFAULT_TOKEN_DAYS * 86_400_000) : input.expiresAt;
  if (expiresAt !== null && expiresAt <= ctx.now) throw invalid("token.expiry_in_past", {}, [{ path: "expiresAt" }]);

  const token = newApiToken();
  const prefix = token.slice(0, 12);
  const row = await ctx.db
    .insertInto("api_tokens")
    .values({
      user_id: owner.id,
      name: input.name.trim(),
      token_hash: sha256Hex(token),
      prefix,
      created_at: ctx.now.toISOString(),
      expires_at: expiresAt?.toISOString() ?? null,
    })
    .returning(["id", "name", "expires_at"])
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "token.create",
    entityType: "api_token",
    entityId: row.id,
    detail: { userId: owner.id, name: row.name, prefix, expiresAt: row.expires_at },
  });
  return { id: row.id, name: row.name, token, prefix, expiresAt: row.expires_at };
}
