import type { Config } from "../../config.ts";
import { verifyAgainstDummy, verifyPassword } from "../../auth/password.ts";
import { randomToken, sha256Hex } from "../../auth/secrets.ts";
import { verifyTotp } from "../../auth/totp.ts";
import type { Actor } from "../../core/actor.ts";
import { AppError } from "../../core/errors.ts";
import { forUpdate } from "../../db/dialect.ts";
import type { User } from "../../db/schema.ts";
import { appendAudit } from "../audit.ts";
import { runCommand, type CommandContext, type CommandDeps } from "../context.ts";
import { normaliseUsername } from "../users/user-rules.ts";

export interface LoginInput {
  username: string;
  password: string;
  /** The authenticator code, when the account has TOTP enabled. */
  totp?: string;
  ip: string | null;
  userAgent: string | null;
}

export type LoginConfig = Pick<Config, "loginMaxFailures" | "loginLockMinutes" | "sessionHours">;

export interface LoginSuccess {
  /** The cookie value; only its SHA-256 is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
  user: User;
}

/** A failed login is still a result to commit (the failure counter and its audit event), not a rollback. */
export type LoginOutcome = ({ ok: true } & LoginSuccess) | { ok: false; error: AppError };

const invalidCredentials = () => new AppError("unauthenticated", "auth.invalid_credentials");

/** `2026-11-27 10:15 UTC`: the unlock time in the lockout message. */
const formatUtc = (date: Date) => `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;

function lockedError(until: Date): AppError {
  return new AppError(
    "account_locked",
    "auth.account_locked",
    { until: formatUtc(until) },
    { lockedUntil: until.toISOString() },
  );
}

/**
 * Checks the credentials and opens a session. Unknown user and wrong password give the same answer
 * in the same time. After `loginMaxFailures` consecutive failures (wrong password or wrong TOTP
 * code) the account is locked for `loginLockMinutes`, during which even the right password is
 * refused. Every failure is audited. Returns the failure instead of throwing it so that the
 * counter and the audit event commit.
 */
export async function login(ctx: CommandContext, input: LoginInput, config: LoginConfig): Promise<LoginOutcome> {
  const username = normaliseUsername(input.username);
  const user = await ctx.db
    .selectFrom("users")
    .selectAll()
    .where("username", "=", username)
    .modifyEnd(forUpdate(ctx.dialect))
    .executeTakeFirst();

  const fail = async (reason: string, error: AppError, extra: Record<string, unknown> = {}): Promise<LoginOutcome> => {
    await appendAudit(ctx, {
      action: "auth.login_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      detail: { username, reason, ip: input.ip, userAgent: input.userAgent, ...extra },
    });
    return { ok: false, error };
  };

  if (!user) {
    await verifyAgainstDummy(input.password);
    return fail("unknown_user", invalidCredentials());
  }
  if (user.locked_until !== null && new Date(user.locked_until) > ctx.now) {
    return fail("locked", lockedError(new Date(user.locked_until)));
  }

  const countFailure = async (reason: string, error: AppError): Promise<LoginOutcome> => {
    const failures = user.failed_logins + 1;
    const lock = failures >= config.loginMaxFailures;
    const lockedUntil = lock ? new Date(ctx.now.getTime() + config.loginLockMinutes * 60_000).toISOString() : null;
    // Locking restarts the count: after the lock the user gets the full number of attempts again.
    await ctx.db
      .updateTable("users")
      .set({ failed_logins: lock ? 0 : failures, locked_until: lockedUntil })
      .where("id", "=", user.id)
      .execute();
    return fail(reason, error, { failures, ...(lockedUntil ? { lockedUntil } : {}) });
  };

  if (!(await verifyPassword(user.password_hash, input.password))) {
    return countFailure("wrong_password", invalidCredentials());
  }
  // Past this point the caller knows the password, so naming the state of the account reveals nothing.
  if (user.disabled) return fail("disabled", new AppError("forbidden", "auth.account_disabled"));
  if (user.totp_enabled && user.totp_secret) {
    if (!input.totp)
      return { ok: false, error: new AppError("unauthenticated", "auth.totp_required", {}, { totpRequired: true }) };
    if (!verifyTotp(user.totp_secret, input.totp.trim(), ctx.now)) {
      return countFailure(
        "wrong_totp",
        new AppError("unauthenticated", "auth.totp_invalid", {}, { totpRequired: true }),
      );
    }
  }

  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const now = ctx.now.toISOString();
  const expiresAt = new Date(ctx.now.getTime() + config.sessionHours * 3_600_000).toISOString();
  // Housekeeping: the user's expired sessions go when a new one starts.
  await ctx.db.deleteFrom("sessions").where("user_id", "=", user.id).where("expires_at", "<=", now).execute();
  await ctx.db
    .insertInto("sessions")
    .values({
      id: sha256Hex(sessionToken),
      user_id: user.id,
      csrf_token: csrfToken,
      created_at: now,
      expires_at: expiresAt,
      last_seen_at: now,
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 512) ?? null,
    })
    .execute();
  const updated = await ctx.db
    .updateTable("users")
    .set({ failed_logins: 0, locked_until: null, last_login_at: now })
    .where("id", "=", user.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(ctx, {
    action: "auth.login",
    entityType: "user",
    entityId: user.id,
    detail: { ip: input.ip, userAgent: input.userAgent, totp: user.totp_enabled === 1 },
  });
  return { ok: true, sessionToken, csrfToken, expiresAt, user: updated };
}

/** Runs `login` in its own transaction and throws its failure after the failure was recorded. */
export async function signIn(
  deps: CommandDeps,
  meta: { actor: Actor; requestId?: string | null },
  input: LoginInput,
  config: LoginConfig,
): Promise<LoginSuccess> {
  const outcome = await runCommand(deps, meta, (ctx) => login(ctx, input, config));
  if (!outcome.ok) throw outcome.error;
  const { ok: _ok, ...success } = outcome;
  return success;
}
