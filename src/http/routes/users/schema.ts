import { z } from "zod";
import { USERNAME_PATTERN } from "../../../commands/users/user-rules.ts";
import { ROLES, SPECIALTIES } from "../../../core/roles.ts";
import type { User } from "../../../db/schema.ts";
import { atLeastOneField, booleanQuery, nullableOptional, pageOf, pageQuery } from "../../schemas/common.ts";

const lang = z.enum(["id", "en"]);

/** A user as the API shows it. The password hash and the TOTP secret have no field here, so they cannot leave. */
export const userSchema = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  specialty: z.string().nullable(),
  organisationId: z.number().int().nullable(),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  lockedUntil: z.string().nullable(),
  language: z.string(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Row → API shape. */
export function presentUser(row: User): z.infer<typeof userSchema> {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    email: row.email,
    role: row.role,
    specialty: row.specialty,
    organisationId: row.organisation_id,
    mustChangePassword: row.must_change_password === 1,
    totpEnabled: row.totp_enabled === 1,
    disabled: row.disabled === 1,
    lockedUntil: row.locked_until,
    language: row.language,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Long enough for any passphrase; the length rules (and their message) live in the command. */
export const passwordInput = z.string().min(1).max(1024);

export const listUsersQuery = z.strictObject({
  q: z.string().trim().min(1).max(100).optional(),
  role: z.enum(ROLES).optional(),
  organisationId: z.coerce.number().int().positive().optional(),
  disabled: booleanQuery.optional(),
  ...pageQuery,
});

export const userPage = pageOf(userSchema);

export const createUserBody = z.strictObject({
  username: z.string().trim().toLowerCase().regex(USERNAME_PATTERN),
  displayName: z.string().trim().min(1).max(200),
  email: nullableOptional(z.email().max(254)),
  role: z.enum(ROLES),
  specialty: nullableOptional(z.enum(SPECIALTIES)),
  organisationId: nullableOptional(z.number().int().positive()),
  password: passwordInput.optional(),
  mustChangePassword: z.boolean().optional(),
  language: lang.optional(),
});

export const createdUser = z.object({
  user: userSchema,
  password: z.string().nullable().describe("The generated password, shown once; null when one was given."),
});

export const updateUserBody = z
  .strictObject({
    displayName: z.string().trim().min(1).max(200).optional(),
    email: nullableOptional(z.email().max(254)),
    role: z.enum(ROLES).optional(),
    specialty: nullableOptional(z.enum(SPECIALTIES)),
    organisationId: nullableOptional(z.number().int().positive()),
    disabled: z.boolean().optional(),
    language: lang.optional(),
    mustChangePassword: z.boolean().optional(),
    totpEnabled: z.literal(false).optional().describe("false removes the user's authenticator"),
  })
  .refine(atLeastOneField, { message: "at least one field" });

export const resetPasswordBody = z.strictObject({ password: passwordInput.optional() }).nullish();

export const resetPasswordResult = z.object({
  password: z.string().nullable().describe("The generated password, shown once; null when one was given."),
});
