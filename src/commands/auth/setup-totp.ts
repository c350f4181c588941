import { newTotpSecret } from "../../auth/totp.ts";
import { conflict } from "../../core/errors.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { loadOwnAccount } from "./own-account.ts";

/**
 * Starts enrolling an authenticator: stores a new secret (not yet in force) and returns it with the
 * otpauth:// URI to show as a QR code. `enableTotp` puts it in force once the user proves a code.
 */
export async function setupTotp(ctx: CommandContext): Promise<{ secret: string; uri: string }> {
  const user = await loadOwnAccount(ctx);
  if (user.totp_enabled) throw conflict("auth.totp_already_enabled");
  const { secret, uri } = newTotpSecret(user.username);
  await ctx.db
    .updateTable("users")
    .set({ totp_secret: secret, updated_at: ctx.now.toISOString() })
    .where("id", "=", user.id)
    .execute();
  await appendAudit(ctx, { action: "auth.totp_setup", entityType: "user", entityId: user.id });
  return { secret, uri };
}
