import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";

/** Ends a session (by its stored id, the SHA-256 of the cookie). Ending an ended session is a no-op. */
export async function logout(ctx: CommandContext, input: { sessionId: string }): Promise<void> {
  const deleted = await ctx.db
    .deleteFrom("sessions")
    .where("id", "=", input.sessionId)
    .returning("user_id")
    .executeTakeFirst();
  if (!deleted) return;
  await appendAudit(ctx, { action: "auth.logout", entityType: "user", entityId: deleted.user_id });
}
