import { z } from "zod";
import type { ApiToken } from "../../../db/schema.ts";

/** A token as its owner sees it in a list: never the secret, never its hash. */
export const tokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe("The first characters of the token, to recognise it"),
  status: z.enum(["active", "expired", "revoked"]),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

/** Row → API shape; the status is computed at `now`. */
export function presentToken(row: ApiToken, now: Date): z.infer<typeof tokenSchema> {
  const status =
    row.revoked_at !== null
      ? "revoked"
      : row.expires_at !== null && new Date(row.expires_at) <= now
        ? "expired"
        : "active";
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    status,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

export const tokenList = z.object({ items: z.array(tokenSchema) });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(100),
  expiresAt: z.iso
    .datetime({ offset: true })
    .nullable()
    .optional()
    .describe("Default: 90 days from now. null: never expires (only when asked for explicitly)."),
});

export const createdToken = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string(),
  token: z.string().describe("The token itself. Shown only now: Sigap keeps only its hash."),
  expiresAt: z.string().nullable(),
});
