import { z } from "zod";
import { ACTIONS } from "../../../core/policies/index.ts";
import { passwordInput, userSchema } from "../users/schema.ts";

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: passwordInput,
  totp: z.string().trim().max(16).optional().describe("The authenticator code, when TOTP is enabled"),
});

/** Who is signed in, what they may do (the web app hides the rest) and the CSRF token for writes. */
export const sessionSchema = z.object({
  user: userSchema,
  abilities: z.array(z.enum(ACTIONS)),
  csrfToken: z.string().nullable().describe("Send as X-CSRF-Token on every write; null for API-token requests"),
});

export const changePasswordBody = z.strictObject({
  currentPassword: passwordInput,
  newPassword: passwordInput,
});

export const totpSetupResult = z.object({
  secret: z.string().describe("Base32 secret, for typing into an authenticator app"),
  uri: z.string().describe("otpauth:// URI, to show as a QR code"),
});

export const totpEnableBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
});

export const totpDisableBody = z.strictObject({ password: passwordInput });
