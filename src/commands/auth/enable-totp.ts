import { verifyTotp } from "../../auth/totp.ts";
import { conflict, invalid } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadOwnAccount } from "./own-account.ts";

/** Puts the authenticator set up by `setupTotp` in force, once a current code proves it works. */
export async function enableTotp(ctx: CommandContext, input: { code: string }): Promise<void> {
  const user = await loadOwnAccount(ctx);
  if (user.totp_enabled) throw conflict("auth.totp_already_enabled");
  if (!user.totp_secret) throw invalid("auth.totp_not_setup");
  if (!verifyTotp(user.totp_secret, input.code.trim(), ctx.now))
    throw invalid("auth.totp_invalid", {}, [{ path: "code" }]);
  await ctx.db
    .updateTable("users")
    .set({ totp_enabled: 1, updated_at: ctx.now.toISOString() })
    .where("id", "=", user.id)
    .execute();
  await appendAudit(ctx, {
    action: "auth.totp_enable",
    entityType: "user",
    entityId: user.id,
    before: { totp_enabled: 0 },
    after: { totp_enabled: 1 },
  });
}
