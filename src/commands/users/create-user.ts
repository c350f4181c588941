import { checkPasswordPolicy, generatePassword, hashPassword } from "../../auth/password.ts";
import { conflict } from "../../core/errors.ts";
import type { Lang } from "../../core/i18n/messages.ts";
import { assertCan } from "../../core/policies/index.ts";
import type { Role } from "../../core/roles.ts";
import { isUniqueViolation } from "../../db/dialect.ts";
import type { User } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import type { CommandContext } from "../context.ts";
import { auditableUser, checkRoleFields, checkUsername, normaliseUsername, USER_SECRET_FIELDS } from "./user-rules.ts";

export interface CreateUserInput {
  username: string;
  displayName: string;
  email?: string | null;
  role: Role;
  /** Only for `csirt`: one of SPECIALTIES. */
  specialty?: string | null;
  /** Required for agency, developer and upstream (ROLES_NEEDING_ORGANISATION). */
  organisationId?: number | null;
  /** When absent a random one is generated and returned. */
  password?: string;
  /** Default: true when the password was generated (someone else has seen it), false otherwise. */
  mustChangePassword?: boolean;
  language?: Lang;
}

export interface CreateUserResult {
  user: User;
  /** The generated password, to hand over once; null when the caller chose it. */
  password: string | null;
}

/** Creates an account. Usernames are unique regardless of case (409 otherwise). */
export async function createUser(ctx: CommandContext, input: CreateUserInput): Promise<CreateUserResult> {
  assertCan(ctx.actor, "user.manage");
  const username = normaliseUsername(input.username);
  checkUsername(username);
  if (input.password !== undefined) checkPasswordPolicy(input.password);
  const specialty = input.specialty ?? null;
  const organisationId = input.organisationId ?? null;
  await checkRoleFields(ctx, { role: input.role, specialty, organisationId });

  const taken = await ctx.db.selectFrom("users").select("id").where("username", "=", username).executeTakeFirst();
  if (taken) throw conflict("user.username_taken", { username });

  const password = input.password ?? generatePassword();
  const now = ctx.now.toISOString();
  let user: User;
  try {
    user = await ctx.db
      .insertInto("users")
      .values({
        username,
        display_name: input.displayName.trim(),
        email: input.email ?? null,
        role: input.role,
        specialty,
        organisation_id: organisationId,
        password_hash: await hashPassword(password),
        must_change_password: (input.mustChangePassword ?? input.password === undefined) ? 1 : 0,
        totp_enabled: 0,
        failed_logins: 0,
        disabled: 0,
        language: input.language ?? "id",
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  } catch (error) {
    // Two admins creating the same username at once: the loser gets the same 409.
    if (isUniqueViolation(error)) throw conflict("user.username_taken", { username });
    throw error;
  }

  await appendAudit(ctx, {
    action: "user.create",
    entityType: "user",
    entityId: user.id,
    before: null,
    after: auditableUser(user),
    detail: { passwordGenerated: input.password === undefined },
    redact: USER_SECRET_FIELDS,
  });
  return { user, password: input.password === undefined ? password : null };
}
