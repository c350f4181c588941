import { invalid, notFound } from "../../core/errors.ts";
import type { UserResource } from "../../core/policies/index.ts";
import { ORGANISATION_KIND_FOR_ROLE, ROLES_NEEDING_ORGANISATION, SPECIALTIES, type Role } from "../../core/roles.ts";
import { forUpdate } from "../../db/dialect.ts";
import type { User } from "../../db/schema.ts";
import type { CommandContext } from "../context.ts";

/** Lowercase letters, digits, `.`, `_`, `-`; 2–64 characters, starting with a letter or digit. */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Usernames are case-insensitive: stored and looked up in lowercase. */
export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

/** Throws unless the username has the allowed shape (the CLI reaches commands without zod). */
export function checkUsername(username: string): void {
  if (!USERNAME_PATTERN.test(username)) throw invalid("user.username_invalid", {}, [{ path: "username" }]);
}

/** The account as a policy sees it. */
export const userResource = (row: Pick<User, "id" | "organisation_id">): UserResource => ({
  kind: "user",
  id: row.id,
  organisationId: row.organisation_id,
});

/** The fields of an account that the audit log records; hashes and secrets are never among them. */
export function auditableUser(row: User): Record<string, unknown> {
  return {
    username: row.username,
    display_name: row.display_name,
    email: row.email,
    role: row.role,
    specialty: row.specialty,
    organisation_id: row.organisation_id,
    must_change_password: row.must_change_password,
    totp_enabled: row.totp_enabled,
    disabled: row.disabled,
    language: row.language,
  };
}

/** Redacted in audit entries in case a caller ever passes a whole row. */
export const USER_SECRET_FIELDS = ["password_hash", "totp_secret"] as const;

/** The user row, locked for the rest of the transaction on PostgreSQL; 404 when absent. */
export async function loadUserForUpdate(
  ctx: CommandContext,
  where: { id: number } | { username: string },
): Promise<User> {
  const row = await ctx.db
    .selectFrom("users")
    .selectAll()
    .where((eb) => ("id" in where ? eb("id", "=", where.id) : eb("username", "=", normaliseUsername(where.username))))
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();
  if (!row) throw notFound("user");
  return row;
}

/**
 * Checks that role, specialty and organisation fit together: partners belong to an organisation of
 * their kind, and only analysts have a specialty.
 */
export async function checkRoleFields(
  ctx: CommandContext,
  fields: { role: Role; specialty: string | null; organisationId: number | null },
): Promise<void> {
  if (fields.specialty !== null) {
    if (fields.role !== "csirt") throw invalid("user.specialty_only_csirt", {}, [{ path: "specialty" }]);
    if (!(SPECIALTIES as readonly string[]).includes(fields.specialty)) {
      throw invalid("user.specialty_unknown", { specialty: fields.specialty, allowed: SPECIALTIES.join(", ") }, [
        { path: "specialty" },
      ]);
    }
  }
  if (fields.organisationId === null) {
    if (ROLES_NEEDING_ORGANISATION.includes(fields.role)) {
      throw invalid("user.organisation_required", { role: fields.role }, [{ path: "organisationId" }]);
    }
    return;
  }
  const organisation = await ctx.db
    .selectFrom("organisations")
    .select(["id", "kind"])
    .where("id", "=", fields.organisationId)
    .executeTakeFirst();
  if (!organisation) {
    throw invalid("user.organisation_not_found", { organisationId: fields.organisationId }, [
      { path: "organisationId" },
    ]);
  }
  const kind = ORGANISATION_KIND_FOR_ROLE[fields.role];
  if (kind !== undefined && organisation.kind !== kind) {
    throw invalid("user.organisation_kind_mismatch", { role: fields.role, kind }, [{ path: "organisationId" }]);
  }
}
