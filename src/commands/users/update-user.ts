import { conflict, invalid } from "../../core/errors.ts";
import type { Lang } from "../../core/i18n/messages.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { Role } from "../../core/roles.ts";
import type { User } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableUser, checkRoleFields, loadUserForUpdate, USER_SECRET_FIELDS, userResource } from "./user-rules.ts";

/** Fields left out stay as they are; `null` clears an optional field. */
export interface UpdateUserInput {
  userId: number;
  displayName?: string;
  email?: string | null;
  role?: Role;
  specialty?: string | null;
  organisationId?: number | null;
  disabled?: boolean;
  language?: Lang;
  mustChangePassword?: boolean;
  /** `false` removes the authenticator (a user who lost their phone); enabling is the user's own step. */
  totpEnabled?: false;
}

/**
 * Changes an account. Disabling signs the user out everywhere. An administrator cannot disable
 * themself, and the last active administrator cannot be disabled or demoted.
 */
export async function updateUser(ctx: CommandContext, input: UpdateUserInput): Promise<User> {
  const before = await loadUserForUpdate(ctx, { id: input.userId });
  assertCan(ctx.actor, "user.manage", userResource(before));

  const role = input.role ?? before.role;
  // A role change away from analyst drops the specialty unless one is (wrongly) given.
  const specialty = input.specialty !== undefined ? input.specialty : role === "csirt" ? before.specialty : null;
  const organisationId = input.organisationId !== undefined ? input.organisationId : before.organisation_id;
  const disabled = input.disabled === undefined ? before.disabled : input.disabled ? 1 : 0;
  await checkRoleFields(ctx, { role, specialty, organisationId });

  if (disabled && !before.disabled && ctx.actor.type === "user" && ctx.actor.id === before.id) {
    throw invalid("user.cannot_disable_self", {}, [{ path: "disabled" }]);
  }
  const stopsBeingAdmin = before.role === "admin" && !before.disabled && (role !== "admin" || disabled === 1);
  if (stopsBeingAdmin) {
    const others = await ctx.db
      .selectFrom("users")
      .select("id")
      .where("role", "=", "admin")
      .where("disabled", "=", 0)
      .where("id", "!=", before.id)
      .executeTakeFirst();
    if (!others) throw conflict("user.last_admin");
  }

  const after = await ctx.db
    .updateTable("users")
    .set({
      display_name: input.displayName?.trim() ?? before.display_name,
      email: input.email !== undefined ? input.email : before.email,
      role,
      specialty,
      organisation_id: organisationId,
      disabled,
      language: input.language ?? before.language,
      must_change_password:
        input.mustChangePassword === undefined ? before.must_change_password : input.mustChangePassword ? 1 : 0,
      ...(input.totpEnabled === false ? { totp_enabled: 0, totp_secret: null } : {}),
      updated_at: ctx.now.toISOString(),
    })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();

  if (after.disabled && !before.disabled) {
    await ctx.db.deleteFrom("sessions").where("user_id", "=", after.id).execute();
  }
  await appendAudit(ctx, {
    action: "user.update",
    entityType: "user",
    entityId: after.id,
    before: auditableUser(before),
    after: auditableUser(after),
    redact: USER_SECRET_FIELDS,
  });
  return after;
}
