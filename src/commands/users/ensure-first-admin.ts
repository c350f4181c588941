import { sql } from "kysely";
import { generatePassword, hashPassword } from "../../auth/password.ts";
import { systemActor } from "../../core/actor.ts";
import { appendAudit } from "../audit.ts";
import { runCommand, type CommandDeps } from "../context.ts";
import { auditableUser } from "./user-rules.ts";

/** Username of the administrator made on an empty database. */
export const FIRST_ADMIN_USERNAME = "admin";

async function hasUsers(deps: CommandDeps): Promise<boolean> {
  const row = await deps.database.db
    .selectFrom("users")
    .select(sql<number>`1`.as("one"))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * On a database without users, creates `admin` with a random password that must be changed at the
 * first login, and returns the credentials to print once. Returns null when there are users already.
 * Safe when several processes start at once: exactly one of them creates and prints the account.
 */
export async function ensureFirstAdmin(deps: CommandDeps): Promise<{ username: string; password: string } | null> {
  if (await hasUsers(deps)) return null;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  // A few attempts: on SQLite a concurrent starter's transaction can make ours fail with "busy"
  // before its own commit is visible.
  for (let attempt = 1; ; attempt++) {
    try {
      return await runCommand(deps, { actor: systemActor("first-start") }, async (ctx) => {
        const existing = await ctx.db.selectFrom("users").select("id").limit(1).executeTakeFirst();
        if (existing) return null;
        const now = ctx.now.toISOString();
        const user = await ctx.db
          .insertInto("users")
          .values({
            username: FIRST_ADMIN_USERNAME,
            display_name: "Administrator",
            role: "admin",
            password_hash: passwordHash,
            must_change_password: 1,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await appendAudit(ctx, {
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          before: null,
          after: auditableUser(user),
          detail: { firstAdmin: true, passwordGenerated: true },
        });
        return { username: user.username, password };
      });
    } catch (error) {
      // Another process won the race (unique violation on PostgreSQL, busy on SQLite): if the
      // users now exist, that process prints the password, not this one.
      if (await hasUsers(deps)) return null;
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
