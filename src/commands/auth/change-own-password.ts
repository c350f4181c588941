import { checkPasswordPolicy, hashPassword, verifyPassword } from "../../auth/password.ts";
import { invalid } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadOwnAccount } from "./own-account.ts";

export interface ChangeOwnPasswordInput {
  currentPassword: string;
  newPassword: string;
  /** The session to keep (the one making the change); every other session of the user ends. */
  keepSessionId?: string | null;
}

/**
 * The signed-in user replaces their password, proving they know the current one. Clears
 * "must change password" and signs out their other sessions (a stolen one among them).
 */
export async function changeOwnPassword(ctx: CommandContext, input: ChangeOwnPasswordInput): Promise<void> {
  const user = await loadOwnAccount(ctx);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw invalid("auth.current_password_wrong", {}, [{ path: "currentPassword" }]);
  }
  checkPasswordPolicy(input.newPassword);
  if (input.newPassword === input.currentPassword) {
    throw invalid("auth.password_unchanged", {}, [{ path: "newPassword" }]);
  }
  await ctx.db
    .updateTable("users")
    .set({
      password_hash: await hashPassword(input.newPassword),
      must_change_password: 0,
      updated_at: ctx.now.toISOString(),
    })
    .where("id", "=", user.id)
    .execute();
  let others = ctx.db.deleteFrom("sessions").where("user_id", "=", user.id);
  if (input.keepSessionId) others = others.where("id", "!=", input.keepSessionId);
  await others.execute();
  await appendAudit(ctx, {
    action: "user.password_change",
    entityType: "user",
    entityId: user.id,
    before: { must_change_password: user.must_change_password },
    after: { must_change_password: 0 },
  });
}
