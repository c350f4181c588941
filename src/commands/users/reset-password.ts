import { checkPasswordPolicy, generatePassword, hashPassword } from "../../auth/password.ts";
import { assertCan } from "../../core/policies/index.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadUserForUpdate, userResource } from "./user-rules.ts";

export type ResetPasswordInput = ({ username: string } | { userId: number }) & {
  /** When absent a random one is generated and returned. */
  password?: string;
};

/**
 * Sets a new password for someone who forgot theirs: clears the lockout, signs them out
 * everywhere, and makes them choose their own password at the next login.
 */
export async function resetPassword(
  ctx: CommandContext,
  input: ResetPasswordInput,
): Promise<{ password: string | null }> {
  const user = await loadUserForUpdate(ctx, "userId" in input ? { id: input.userId } : { username: input.username });
  assertCan(ctx.actor, "user.manage", userResource(user));
  if (input.password !== undefined) checkPasswordPolicy(input.password);
  const password = input.password ?? generatePassword();

  await ctx.db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(password),
      must_change_password: 1,
      failed_logins: 0,
      locked_until: null,
      updated_at: ctx.now.toISOString(),
    })
    .where("id", "=", user.id)
    .execute();
  await ctx.db.deleteFrom("sessions").where("user_id", "=", user.id).execute();
  await appendAudit(ctx, {
    action: "user.password_reset",
    entityType: "user",
    entityId: user.id,
    detail: {
      passwordGenerated: input.password === undefined,
      lockCleared: user.locked_until !== null || user.failed_logins > 0,
    },
  });
  return { password: input.password === undefined ? password : null };
}
