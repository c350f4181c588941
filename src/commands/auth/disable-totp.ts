import { verifyPassword } from "../../auth/password.ts";
import { invalid } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadOwnAccount } from "./own-account.ts";

/** Removes the user's authenticator; the password is asked again so a left-open session cannot do it. */
export async function disableTotp(ctx: CommandContext, input: { password: string }): Promise<void> {
  const user = await loadOwnAccount(ctx);
  if (!(await verifyPassword(user.password_hash, input.password))) {
    throw invalid("auth.current_password_wrong", {}, [{ path: "password" }]);
  }
  await ctx.db
    .updateTable("users")
    .set({ totp_enabled: 0, totp_secret: null, updated_at: ctx.now.toISOString() })
    .where("id", "=", user.id)
    .execute();
  await appendAudit(ctx, {
    action: "auth.totp_disable",
    entityType: "user",
    entityId: user.id,
    before: { totp_enabled: user.totp_enabled },
    after: { totp_enabled: 0 },
  });
}
